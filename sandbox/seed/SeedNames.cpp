#include "seed/SeedNames.h"

namespace contactdesk::sandbox::seed {

namespace {

// ---------------------------------------------------------------- Switzerland
const char *const chFemale[] = {"Anna", "Léa", "Mia", "Laura", "Sophie", "Chiara", "Noémie", "Zoé", "Céline", "Sarah",
                                "Julia", "Élodie", "Lina", "Nina", "Aurélie", "Martina", "Ursula", "Brigitte",
                                "Monika", "Andrea", "Mégane", "Françoise", "Verena", "Regula"};
const char *const chMale[] = {"Luca", "Noah", "Jonas", "Matthias", "Lukas", "Rémy", "Thomas", "Daniel", "Beat",
                              "Urs", "Reto", "Jürg", "Stéphane", "Nicolas", "Marco", "Andreas", "Pascal", "Hansjörg",
                              "Loïc", "Fabrice", "Niklaus", "Gian-Luca"};
const char *const chLast[] = {"Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner",
                              "Fischer", "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer",
                              "Wyss", "Graf", "Roth", "Bühler", "Lüthi", "Bächli", "Zürcher", "Rochat", "Favre",
                              "Bonvin", "Perrenoud", "Rossi", "Bernasconi", "Crettenand", "Jaquier", "Mäder",
                              "Känzig", "Fässler", "Schürch", "Gämperli", "Würgler", "Ammann", "de Courten"};
const char *const chStreets[] = {"Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Seestrasse", "Kirchgasse",
                                 "Rue du Rhône", "Rue de Lausanne", "Avenue de la Gare", "Chemin des Vignes",
                                 "Zürichbergstrasse", "Spitalgasse", "Marktgasse", "Rämistrasse", "Limmatquai",
                                 "Rue du Marché", "Via Nassa", "Gerechtigkeitsgasse", "Güterstrasse",
                                 "Schützenmattstrasse", "Route de Genève"};
const Town chTowns[] = {{"8001", "Zürich"},     {"8004", "Zürich"},   {"3011", "Bern"},       {"4051", "Basel"},
                        {"1201", "Genève"},     {"1003", "Lausanne"}, {"6004", "Luzern"},     {"9000", "St. Gallen"},
                        {"8400", "Winterthur"}, {"2502", "Biel/Bienne"}, {"6900", "Lugano"},  {"1700", "Fribourg"},
                        {"2000", "Neuchâtel"},  {"1950", "Sion"},     {"7000", "Chur"},       {"8200", "Schaffhausen"},
                        {"5000", "Aarau"},      {"6300", "Zug"},      {"3600", "Thun"},       {"1820", "Montreux"},
                        {"8640", "Rapperswil"}, {"3920", "Zermatt"},  {"1630", "Bulle"},      {"2900", "Porrentruy"}};
const char *const chLanguages[] = {"de", "de", "de", "de", "de", "de", "fr", "fr", "fr", "it"};
const char *const chMobile[] = {"+41 76", "+41 78", "+41 79", "+41 77"};
const char *const chLandline[] = {"+41 44", "+41 31", "+41 61", "+41 22", "+41 21", "+41 41"};
const char *const chDomains[] = {"example.ch", "mail.example.ch", "post.example.ch"};
const char *const chCompanies[] = {"{L} AG|COMPANY", "{L} & Partner GmbH|COMPANY", "Bäckerei {L}|COMPANY",
                                   "{L} SA|COMPANY", "Musikschule {T}|SCHOOL", "Gymnasium {T}|SCHOOL",
                                   "École de musique de {T}|SCHOOL", "Verein Opernfreunde {T}|ASSOCIATION",
                                   "Chœur mixte de {T}|ASSOCIATION", "Stadt {T}|PUBLIC_ADMIN",
                                   "Commune de {T}|PUBLIC_ADMIN"};

// ---------------------------------------------------------------- France
const char *const frFemale[] = {"Camille", "Manon", "Chloé", "Léa", "Inès", "Clémence", "Hélène", "Margaux",
                                "Émilie", "Océane", "Anaïs", "Sandrine", "Nathalie", "Isabelle", "Juliette", "Maëlle",
                                "Gaëlle", "Agnès", "Béatrice", "Solène", "Marie-Hélène"};
const char *const frMale[] = {"Lucas", "Hugo", "Théo", "Louis", "Gabriel", "Arthur", "Raphaël", "Jérôme",
                              "François", "Étienne", "Benoît", "Mathéo", "Noël", "Joël", "Gaël", "Cédric",
                              "Frédéric", "Sébastien", "Thierry", "Hervé", "Jean-Loïc"};
const char *const frLast[] = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
                              "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
                              "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
                              "Dupont", "Lambert", "Bonnet", "François", "Légaré", "Hébert", "Bézier", "Château",
                              "Crémieux", "Lemaître", "Gauthier", "Béranger", "Delacroix", "Pérez", "Noël", "d'Aubigné"};
const char *const frStreets[] = {"Rue de la Paix", "Rue Victor Hugo", "Avenue des Champs-Élysées",
                                 "Boulevard Saint-Michel", "Rue de Rivoli", "Place Bellecour", "Rue Sainte-Catherine",
                                 "Quai des Célestins", "Rue de la République", "Cours Mirabeau", "Allée des Tilleuls",
                                 "Impasse des Lilas", "Rue Nationale", "Chemin du Moulin", "Rue Pasteur",
                                 "Avenue Jean Jaurès", "Rue Gambetta", "Rue des Écoles"};
const Town frTowns[] = {{"75001", "Paris"},    {"75011", "Paris"},       {"69002", "Lyon"},       {"13001", "Marseille"},
                        {"31000", "Toulouse"}, {"06000", "Nice"},        {"44000", "Nantes"},     {"67000", "Strasbourg"},
                        {"34000", "Montpellier"}, {"33000", "Bordeaux"}, {"59000", "Lille"},      {"35000", "Rennes"},
                        {"51100", "Reims"},    {"74000", "Annecy"},      {"25000", "Besançon"},   {"21000", "Dijon"},
                        {"38000", "Grenoble"}, {"37000", "Tours"},       {"68100", "Mulhouse"},   {"01210", "Ferney-Voltaire"},
                        {"64200", "Biarritz"}, {"73000", "Chambéry"}};
const char *const frLanguages[] = {"fr"};
const char *const frMobile[] = {"+33 6", "+33 7"};
const char *const frLandline[] = {"+33 1", "+33 4", "+33 3", "+33 5"};
const char *const frDomains[] = {"example.fr", "courriel.example.fr", "mail.example.com"};
const char *const frCompanies[] = {"{L} SARL|COMPANY", "{L} et Fils SA|COMPANY", "Boulangerie {L}|COMPANY",
                                   "Lycée {L}|SCHOOL", "Conservatoire de {T}|SCHOOL",
                                   "Association des amis de l'Opéra de {T}|ASSOCIATION", "Mairie de {T}|PUBLIC_ADMIN"};

// ---------------------------------------------------------------- Germany
const char *const deFemale[] = {"Lena", "Hannah", "Leonie", "Marie", "Jana", "Katharina", "Sophie", "Lea",
                                "Johanna", "Anneliese", "Gertrud", "Sabine", "Ute", "Jutta", "Renate", "Käthe",
                                "Elke", "Birgit", "Dörte", "Silke", "Franziska", "Mareike"};
const char *const deMale[] = {"Maximilian", "Paul", "Felix", "Jürgen", "Günter", "Klaus", "Dieter", "Uwe", "Jörg",
                              "Stefan", "Tobias", "Florian", "Sebastian", "Björn", "Sören", "Lutz", "Hans",
                              "Wolfgang", "Matthäus", "Jannik", "Karl-Heinz"};
const char *const deLast[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                              "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
                              "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
                              "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Köhler", "Größmann",
                              "Böhm", "Jäger", "Vogt", "Weiß", "Fröhlich", "Günther", "Hübner", "Kühn", "von Bülow"};
const char *const deStreets[] = {"Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße",
                                 "Bergstraße", "Birkenweg", "Lindenstraße", "Kirchstraße", "Goethestraße",
                                 "Schillerstraße", "Friedrichstraße", "Kurfürstendamm", "Königsallee",
                                 "Maximilianstraße", "Mönckebergstraße", "Am Rathausplatz", "Mühlenweg"};
const Town deTowns[] = {{"10115", "Berlin"},   {"10785", "Berlin"},     {"20095", "Hamburg"},   {"80331", "München"},
                        {"50667", "Köln"},     {"60311", "Frankfurt a. M."}, {"70173", "Stuttgart"}, {"40213", "Düsseldorf"},
                        {"04109", "Leipzig"},  {"01067", "Dresden"},    {"30159", "Hannover"},  {"90402", "Nürnberg"},
                        {"28195", "Bremen"},   {"79098", "Freiburg"},   {"69117", "Heidelberg"}, {"48143", "Münster"},
                        {"53111", "Bonn"},     {"86150", "Augsburg"},   {"99084", "Erfurt"},    {"18055", "Rostock"},
                        {"24103", "Kiel"},     {"93047", "Regensburg"}, {"97070", "Würzburg"},  {"14467", "Potsdam"}};
const char *const deLanguages[] = {"de"};
const char *const deMobile[] = {"+49 151", "+49 160", "+49 170", "+49 176"};
const char *const deLandline[] = {"+49 30", "+49 40", "+49 89", "+49 221", "+49 69"};
const char *const deDomains[] = {"example.de", "post.example.de", "mail.example.com"};
const char *const deCompanies[] = {"{L} GmbH|COMPANY", "{L} & Söhne KG|COMPANY", "Autohaus {L}|COMPANY",
                                   "Gymnasium {T}|SCHOOL", "Musikschule {T}|SCHOOL",
                                   "Förderverein Oper {T}|ASSOCIATION", "Stadtverwaltung {T}|PUBLIC_ADMIN"};

// ---------------------------------------------------------------- United Kingdom
const char *const gbFemale[] = {"Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Charlotte",
                                "Eleanor", "Harriet", "Siobhán", "Zoë", "Chloë", "Niamh", "Aoife", "Margaret",
                                "Elizabeth", "Catherine", "Fiona", "Rhiannon"};
const char *const gbMale[] = {"Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "James", "William",
                              "Edward", "Alfie", "Rhys", "Seán", "Ciarán", "Dylan", "Gareth", "Hamish", "Angus",
                              "Callum", "Owen", "Rory"};
const char *const gbLast[] = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
                              "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White",
                              "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson",
                              "Wood", "Turner", "Cooper", "Hill", "O'Brien", "O'Connor", "McDonald", "MacLeod",
                              "Brontë", "Ffoulkes", "Llewellyn", "Fitzgerald", "Kelly", "Ó Briain", "Øvergaard"};
const char *const gbStreets[] = {"High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
                                 "Manor Road", "Park Road", "Queen's Road", "King Street", "Mill Lane",
                                 "The Crescent", "Baker Street", "Abbey Road", "Princes Street", "Castle Street",
                                 "Oxford Road", "Albert Terrace", "London Road"};
const Town gbTowns[] = {{"SW1A 1AA", "London"},  {"EC1A 1BB", "London"},   {"M1 1AE", "Manchester"},
                        {"B1 1AA", "Birmingham"}, {"LS1 1UR", "Leeds"},    {"L1 8JQ", "Liverpool"},
                        {"BS1 4DJ", "Bristol"},  {"EH1 1YZ", "Edinburgh"}, {"G1 1XQ", "Glasgow"},
                        {"CF10 1EP", "Cardiff"}, {"BT1 5GS", "Belfast"},   {"OX1 2JD", "Oxford"},
                        {"CB2 1TN", "Cambridge"}, {"BA1 1LZ", "Bath"},     {"YO1 7HH", "York"},
                        {"NE1 7RU", "Newcastle"}, {"S1 2HE", "Sheffield"}, {"NG1 5FS", "Nottingham"},
                        {"BN1 1UG", "Brighton"}, {"AB10 1XG", "Aberdeen"}};
const char *const gbLanguages[] = {"en"};
const char *const gbMobile[] = {"+44 7700 900"};
const char *const gbLandline[] = {"+44 20 7946 0"};
const char *const gbDomains[] = {"example.co.uk", "mail.example.org.uk", "mail.example.com"};
const char *const gbCompanies[] = {"{L} Ltd|COMPANY", "{L} & Sons plc|COMPANY", "{L} Brothers Ltd|COMPANY",
                                   "{T} Academy|SCHOOL", "{T} Grammar School|SCHOOL",
                                   "Friends of {T} Opera|ASSOCIATION", "{T} City Council|PUBLIC_ADMIN"};

const CountryNames countries[] = {
    {"CH", chFemale, chMale, chLast, chStreets, chTowns, chLanguages, chMobile, chLandline, 7, chDomains, chCompanies,
     false},
    {"FR", frFemale, frMale, frLast, frStreets, frTowns, frLanguages, frMobile, frLandline, 8, frDomains, frCompanies,
     true},
    {"DE", deFemale, deMale, deLast, deStreets, deTowns, deLanguages, deMobile, deLandline, 8, deDomains, deCompanies,
     false},
    {"GB", gbFemale, gbMale, gbLast, gbStreets, gbTowns, gbLanguages, gbMobile, gbLandline, 3, gbDomains, gbCompanies,
     true},
};

const char *const functions[] = {"Director", "Head of HR", "Assistant", "CEO", "Secretary", "Treasurer",
                                 "Teacher", "Event manager", "Procurement", "Communication officer", "President",
                                 "Office manager"};

} // namespace

std::span<const CountryNames> seedCountries()
{
    return countries;
}

std::span<const char *const> memberFunctions()
{
    return functions;
}

} // namespace contactdesk::sandbox::seed
