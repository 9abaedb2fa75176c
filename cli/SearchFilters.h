#pragma once

// The search filters of the app (search field and filter row) as options, shared by `search`
// and `export`: last name, first name, contact number, email, phone, zip code, town, contact
// type, structure name, criterion code + value, granted authorization.

#include "CliError.h"
#include "dto/ContactInformationTypes.h"

#include <QCommandLineParser>

#include <variant>

namespace contactdesk::cli {

class SearchFilters {
public:
    static void declare(QCommandLineParser &parser);
    // The criteria (without paging), or a usage error naming the option at fault.
    static std::variant<dto::ContactSearchCriteria, CliError> read(const QCommandLineParser &parser);
    // Whether any filter is set.
    static bool isEmpty(const dto::ContactSearchCriteria &criteria);
};

} // namespace contactdesk::cli
