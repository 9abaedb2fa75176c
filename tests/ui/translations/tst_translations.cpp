// The French and German catalogues are complete: every message translated (no unfinished or
// empty translation), the same %1.. placeholders as the English text, a keyboard accelerator
// where the English has one, a plural form with %n where the English counts; and the three
// catalogues hold the same messages.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or its plural forms
};

QList<Message> readCatalogue(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", false, {}};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression pattern(QStringLiteral("%\\d"));
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

bool hasAccelerator(QString text)
{
    text.remove(QStringLiteral("&&"));
    return text.contains(u'&');
}

QString path(const char *language)
{
    return QStringLiteral(CONTACTDESK_TRANSLATIONS_DIR "/contactdesk_") + QLatin1StringView(language) + QStringLiteral(".ts");
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void complete()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readCatalogue(path(language.toLatin1().constData()));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(" / ") + m.source;
            if (m.unfinished || m.forms.isEmpty() || m.forms.contains(QString()))
                problems << QStringLiteral("untranslated: ") + where;
            for (int i = 0; i < m.forms.size(); ++i) {
                if (placeholders(m.forms.at(i)) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: ") + where;
                if (hasAccelerator(m.forms.at(i)) != hasAccelerator(m.source))
                    problems << QStringLiteral("accelerator: ") + where;
            }
            if (m.numerus && (m.forms.size() < 2 || !(m.forms.last().contains(QStringLiteral("%n")) || m.forms.last().contains(QStringLiteral("%Ln")))))
                problems << QStringLiteral("plural form: ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void sameMessagesInEveryCatalogue()
    {
        const auto keys = [](const QList<Message> &messages) {
            QSet<QString> set;
            for (const Message &m : messages)
                set.insert(m.context + u'\x1f' + m.source);
            return set;
        };
        const QSet<QString> en = keys(readCatalogue(path("en")));
        QCOMPARE(keys(readCatalogue(path("fr"))), en);
        QCOMPARE(keys(readCatalogue(path("de"))), en);
    }

    void aSampleReadsRight()
    {
        for (const Message &m : readCatalogue(path("fr"))) {
            if (m.source == u"&Find contacts")
                QCOMPARE(m.forms.first(), QStringLiteral("&Chercher des contacts"));
        }
        for (const Message &m : readCatalogue(path("de"))) {
            if (m.source == u"The birth date must not be in the future.")
                QCOMPARE(m.forms.first(), QStringLiteral("Das Geburtsdatum darf nicht in der Zukunft liegen."));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
