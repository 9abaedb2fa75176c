#pragma once

// The fields of an individual as the conflict dialog compares them: a label, the value as text,
// and how to take the value from one side into the other. Lists compare as a whole.

#include "contact/ConflictDialog.h"
#include "dto/ContactInformationTypes.h"

#include <functional>

namespace contactdesk::ui {

template <class Data> struct ConflictField {
    QString label;
    std::function<QString(const Data &)> text;
    std::function<void(Data &into, const Data &from)> take;
};

QList<ConflictField<dto::IndividualContactData>> individualConflictFields();
QList<ConflictField<dto::StructureContactData>> structureConflictFields();

// The rows that differ between stored and mine (base: what the user started from, to choose
// the default side), and the fields they stand for.
template <class Data> struct ConflictRows {
    QList<ConflictDialog::Row> rows;
    QList<ConflictField<Data>> fields;
};

template <class Data>
ConflictRows<Data> conflictRows(const QList<ConflictField<Data>> &fields, const Data &base, const Data &stored,
                                const Data &mine)
{
    ConflictRows<Data> out;
    for (const ConflictField<Data> &f : fields) {
        const QString s = f.text(stored);
        const QString m = f.text(mine);
        if (s == m)
            continue;
        out.rows << ConflictDialog::Row{f.label, s, m, m != f.text(base)};
        out.fields << f;
    }
    return out;
}

// Starts from stored and takes from mine the fields the user kept; the result keeps mine's
// password and client identifier.
template <class Data>
Data mergeConflict(const ConflictRows<Data> &rows, const QList<bool> &keepMine, const Data &stored, const Data &mine)
{
    Data merged = stored;
    for (qsizetype i = 0; i < rows.fields.size() && i < keepMine.size(); ++i) {
        if (keepMine.at(i))
            rows.fields.at(i).take(merged, mine);
    }
    return merged;
}

} // namespace contactdesk::ui
