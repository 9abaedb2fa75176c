<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CodeChoosers</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Mlle</translation>
    </message>
    <message>
        <source>Mr and Mrs</source>
        <translation>M. et Mme</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>tout canal</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Main email</source>
        <translation>E-mail principal</translation>
    </message>
    <message>
        <source>Ticket-shop login</source>
        <translation>Identifiant de la billetterie</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>E-mails et téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Granted authorizations</source>
        <translation>Autorisations accordées</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address name 1</source>
        <translation>Nom d&apos;adresse 1</translation>
    </message>
    <message>
        <source>Address name 2</source>
        <translation>Nom d&apos;adresse 2</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Erreur HTTP</translation>
    </message>
    <message>
        <source>Server fault</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie invalide</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Limite de requêtes atteinte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Someone else changed this contact since it was opened: %1</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce contact depuis son ouverture : %1</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server reported a fault: %1</source>
        <translation>Le serveur a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Le serveur a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Serveur injoignable : %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>La connexion sécurisée a échoué : %1</translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <translation>La réponse est illisible : %1</translation>
    </message>
    <message>
        <source>The answer was too large to be read.</source>
        <translation>La réponse était trop volumineuse pour être lue.</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; try again in a minute.</source>
        <translation>La limite de requêtes du serveur est atteinte ; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The credentials are missing.</source>
        <translation>Les identifiants manquent.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataAge</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>no reference data</source>
        <translation>aucune donnée de référence</translation>
    </message>
    <message>
        <source>offline: cached %1 ago</source>
        <translation>hors ligne : en cache depuis %1</translation>
    </message>
    <message>
        <source>reference data %1 old</source>
        <translation>données de référence vieilles de %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A ticket-shop password needs a login.</source>
        <translation>Un mot de passe de billetterie nécessite un identifiant.</translation>
    </message>
    <message>
        <source>Only one value is allowed here.</source>
        <translation>Une seule valeur est permise ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>« %1 » ne fait pas partie des choix.</translation>
    </message>
    <message>
        <source>Must be 0 or more.</source>
        <translation>Doit être supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>Unknown administrative number &quot;%1&quot;.</source>
        <translation>Numéro administratif « %1 » inconnu.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>La date de fin ne doit pas précéder la date de début.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>%1 caractères au plus (actuellement %2).</translation>
    </message>
    <message>
        <source>Not a valid email address (name@example.com).</source>
        <translation>Adresse e-mail invalide (nom@exemple.com).</translation>
    </message>
    <message>
        <source>Not a valid phone number: digits, spaces and + . - / ( ), 6 to 20 digits.</source>
        <translation>Numéro de téléphone invalide : chiffres, espaces et + . - / ( ), de 6 à 20 chiffres.</translation>
    </message>
    <message>
        <source>Not an ISO 639-1 language code (two lower-case letters, e.g. de).</source>
        <translation>Pas un code de langue ISO 639-1 (deux lettres minuscules, p. ex. fr).</translation>
    </message>
    <message>
        <source>Use GB for the United Kingdom, not UK.</source>
        <translation>Utilisez GB pour le Royaume-Uni, pas UK.</translation>
    </message>
    <message>
        <source>Not an ISO 3166-1 country code (two upper-case letters, e.g. CH).</source>
        <translation>Pas un code pays ISO 3166-1 (deux lettres majuscules, p. ex. CH).</translation>
    </message>
    <message>
        <source>The birth date must not be in the future.</source>
        <translation>La date de naissance ne doit pas être dans le futur.</translation>
    </message>
    <message>
        <source>The birth date must not be before %1.</source>
        <translation>La date de naissance ne doit pas être antérieure à %1.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>%1 caractères au moins.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Doit être l&apos;une des valeurs : %1.</translation>
    </message>
    <message>
        <source>Does not match the expected format (%1).</source>
        <translation>Ne correspond pas au format attendu (%1).</translation>
    </message>
    <message>
        <source>Not a number (digits, &apos;.&apos; as decimal separator).</source>
        <translation>Pas un nombre (chiffres, « . » comme séparateur décimal).</translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd).</source>
        <translation>Pas une date (aaaa-mm-jj).</translation>
    </message>
</context>
<context>
    <name>contactdesk::app::EmbeddedDemoBackend</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Le bac à sable de démonstration n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The demo sandbox is not running.</source>
        <translation>Le bac à sable de démonstration ne tourne pas.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Calls of this session</source>
        <translation>Appels de cette session</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected calls (all when none is selected), secrets redacted</source>
        <translation>Copier les appels sélectionnés (tous si aucun ne l’est), secrets masqués</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget the calls listed</source>
        <translation>Oublier les appels listés</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AddressListEditor</name>
    <message>
        <source>Line 1</source>
        <translation>Ligne 1</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Ligne 2</translation>
    </message>
    <message>
        <source>Line 3</source>
        <translation>Ligne 3</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Town complement</source>
        <translation>Complément de localité</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>Address %1 is a %2 address</source>
        <translation>L&apos;adresse %1 est une adresse « %2 »</translation>
    </message>
    <message>
        <source>Change the address types</source>
        <translation>Modifier les types d&apos;adresse</translation>
    </message>
    <message>
        <source>%1 of address %2</source>
        <translation>%1 de l&apos;adresse %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Country of address %1</source>
        <translation>Pays de l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>Modifier le pays</translation>
    </message>
    <message>
        <source>Remove an address</source>
        <translation>Supprimer une adresse</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AdministrativeNumbersEditor</name>
    <message>
        <source>Add an administrative number</source>
        <translation>Ajouter un numéro administratif</translation>
    </message>
    <message>
        <source>Kind of administrative number %1</source>
        <translation>Type du numéro administratif %1</translation>
    </message>
    <message>
        <source>Administrative number %1</source>
        <translation>Numéro administratif %1</translation>
    </message>
    <message>
        <source>Change the kind of number</source>
        <translation>Modifier le type de numéro</translation>
    </message>
    <message>
        <source>Edit an administrative number</source>
        <translation>Modifier un numéro administratif</translation>
    </message>
    <message>
        <source>Expected format: %1</source>
        <translation>Format attendu : %1</translation>
    </message>
    <message>
        <source>Remove an administrative number</source>
        <translation>Supprimer un numéro administratif</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AppActions</name>
    <message>
        <source>Send a registration &amp;token…</source>
        <translation>Envoyer un jeton d&apos;&amp;inscription…</translation>
    </message>
    <message>
        <source>&amp;Verify a token…</source>
        <translation>&amp;Vérifier un jeton…</translation>
    </message>
    <message>
        <source>Send tokens to the &amp;selection…</source>
        <translation>Envoyer des jetons à la &amp;sélection…</translation>
    </message>
    <message>
        <source>Tic&amp;ket-shop tools…</source>
        <translation>Outils de &amp;billetterie…</translation>
    </message>
    <message>
        <source>Demo &amp;outbox…</source>
        <translation>Boîte d&apos;&amp;envoi de démo…</translation>
    </message>
    <message>
        <source>Results as &amp;CSV…</source>
        <translation>Résultats en &amp;CSV…</translation>
    </message>
    <message>
        <source>Results as &amp;vCard…</source>
        <translation>Résultats en &amp;vCard…</translation>
    </message>
    <message>
        <source>Select the individuals to send tokens to in the results first.</source>
        <translation>Sélectionnez d&apos;abord dans les résultats les personnes à qui envoyer des jetons.</translation>
    </message>
    <message>
        <source>Search first: the export writes the results, or the selected ones.</source>
        <translation>Cherchez d&apos;abord : l&apos;export écrit les résultats, ou ceux sélectionnés.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>contacts.vcf</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AuthorizationsEditor</name>
    <message>
        <source>No authorization is defined for this institution.</source>
        <translation>Aucune autorisation n&apos;est définie pour cette institution.</translation>
    </message>
    <message>
        <source>[third party]</source>
        <translation>[tiers]</translation>
    </message>
    <message>
        <source>Authorization %1</source>
        <translation>Autorisation %1</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>accordée le %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>retirée le %1</translation>
    </message>
    <message>
        <source>Grant an authorization</source>
        <translation>Accorder une autorisation</translation>
    </message>
    <message>
        <source>Withdraw an authorization</source>
        <translation>Retirer une autorisation</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BulkTokenDialog</name>
    <message>
        <source>Send registration tokens</source>
        <translation>Envoyer des jetons d&apos;inscription</translation>
    </message>
    <message numerus="yes">
        <source>A registration token is mailed to each of the %n selected contact(s). The server&apos;s rate limit is respected: a large selection takes a while.</source>
        <translation>
            <numerusform>Un jeton d&apos;inscription est envoyé par e-mail au contact sélectionné. La limite de requêtes du serveur est respectée : une grande sélection prend du temps.</numerusform>
            <numerusform>Un jeton d&apos;inscription est envoyé par e-mail à chacun des %n contacts sélectionnés. La limite de requêtes du serveur est respectée : une grande sélection prend du temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Single-use tokens</source>
        <translation>Jetons à usage &amp;unique</translation>
    </message>
    <message>
        <source>Tokens sent</source>
        <translation>Jetons envoyés</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Save report as &amp;CSV…</source>
        <translation>Enregistrer le rapport en &amp;CSV…</translation>
    </message>
    <message>
        <source>Cancelling after the call under way…</source>
        <translation>Annulation après l&apos;appel en cours…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>token-report.csv</source>
        <translation>rapport-jetons.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation>%1 sur %2…</translation>
    </message>
    <message>
        <source>Sent: %1. Failed: %2. Not sent (cancelled): %3.</source>
        <translation>Envoyés : %1. Échecs : %2. Non envoyés (annulés) : %3.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BulkTokenReportModel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BulkTokenSender</name>
    <message>
        <source>not sent: cancelled</source>
        <translation>non envoyé : annulé</translation>
    </message>
    <message>
        <source>no contact id</source>
        <translation>pas d&apos;identifiant de contact</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Numéro de contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Identifiant du contact</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>A request is running</source>
        <translation>Une requête est en cours</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::CommunicationMeansEditor</name>
    <message>
        <source>Add an email or phone</source>
        <translation>Ajouter un e-mail ou un téléphone</translation>
    </message>
    <message>
        <source>Type of contact means %1</source>
        <translation>Type du moyen de contact %1</translation>
    </message>
    <message>
        <source>Email or number %1</source>
        <translation>E-mail ou numéro %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main contact means %1</source>
        <translation>Moyen de contact principal %1</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Professional contact means %1</source>
        <translation>Moyen de contact professionnel %1</translation>
    </message>
    <message>
        <source>Change the type</source>
        <translation>Modifier le type</translation>
    </message>
    <message>
        <source>Edit an email or phone</source>
        <translation>Modifier un e-mail ou un téléphone</translation>
    </message>
    <message>
        <source>Change the main contact means</source>
        <translation>Modifier le moyen de contact principal</translation>
    </message>
    <message>
        <source>Change professional</source>
        <translation>Modifier « professionnel »</translation>
    </message>
    <message>
        <source>Remove an email or phone</source>
        <translation>Supprimer un e-mail ou un téléphone</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>This contact was saved by someone else after you opened it. For each field that differs, choose the value to keep, then save again.</source>
        <translation>Ce contact a été enregistré par quelqu&apos;un d&apos;autre après que vous l&apos;avez ouvert. Pour chaque champ différent, choisissez la valeur à garder, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <source>%1: keep the stored value</source>
        <translation>%1 : garder la valeur enregistrée</translation>
    </message>
    <message>
        <source>%1: keep my value</source>
        <translation>%1 : garder ma valeur</translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation>Utiliser ces valeurs</translation>
    </message>
    <message>
        <source>Take all stored</source>
        <translation>Tout prendre de l’enregistré</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Garder tout le mien</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The demo sandbox runs inside ContactDesk: its address and credentials are set when it starts, and nothing here needs to be typed.</source>
        <translation>Le bac à sable de démonstration tourne dans ContactDesk : son adresse et ses identifiants sont fixés à son démarrage, rien n&apos;est à saisir ici.</translation>
    </message>
    <message>
        <source>S-360</source>
        <translation>S-360</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>&amp;Operator login:</source>
        <translation>Identifiant de l&apos;&amp;opérateur :</translation>
    </message>
    <message>
        <source>The partner name the REST binding signs its tokens with (JWT iss).</source>
        <translation>Le nom de partenaire avec lequel la liaison REST signe ses jetons (JWT iss).</translation>
    </message>
    <message>
        <source>&amp;Partner name:</source>
        <translation>Nom du &amp;partenaire :</translation>
    </message>
    <message>
        <source>SOAP 1.1</source>
        <translation>SOAP 1.1</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>B&amp;inding:</source>
        <translation>&amp;Liaison :</translation>
    </message>
    <message>
        <source>Sales &amp;channel:</source>
        <translation>&amp;Canal de vente :</translation>
    </message>
    <message>
        <source>Point of sales id:</source>
        <translation>Identifiant du point de vente :</translation>
    </message>
    <message>
        <source> calls/min</source>
        <translation> appels/min</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>Limite de &amp;requêtes :</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Fichier de certificats CA supplémentaires</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA certificates file</source>
        <translation>Choisir le fichier de certificats CA</translation>
    </message>
    <message>
        <source>Extra C&amp;A (PEM):</source>
        <translation>C&amp;A supplémentaires (PEM) :</translation>
    </message>
    <message>
        <source>Symphony (registration tokens)</source>
        <translation>Symphony (jetons d&apos;inscription)</translation>
    </message>
    <message>
        <source>empty: tokens are not used</source>
        <translation>vide : pas de jetons</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API :</translation>
    </message>
    <message>
        <source>SOAP 1.2</source>
        <translation>SOAP 1.2</translation>
    </message>
    <message>
        <source>HTTP GET</source>
        <translation>HTTP GET</translation>
    </message>
    <message>
        <source>HTTP POST</source>
        <translation>HTTP POST</translation>
    </message>
    <message>
        <source>Bindin&amp;g:</source>
        <translation>Lia&amp;ison :</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Operator pass&amp;word:</source>
        <translation>Mot de passe de l&apos;o&amp;pérateur :</translation>
    </message>
    <message>
        <source>API &amp;secret (REST):</source>
        <translation>&amp;Secret API (REST) :</translation>
    </message>
    <message>
        <source>S&amp;ymphony secret:</source>
        <translation>Secret S&amp;ymphony :</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Secrets are never shown again once typed. Unticked, they are kept in memory until ContactDesk closes.</source>
        <translation>Une fois saisis, les secrets ne sont plus jamais affichés. Case décochée, ils restent en mémoire jusqu’à la fermeture de ContactDesk.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats CA supplémentaires</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>handed over by the demo sandbox</source>
        <translation>fourni par le bac à sable de démonstration</translation>
    </message>
    <message>
        <source>kept for this session — type to replace</source>
        <translation>gardé pour cette session — saisir pour remplacer</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>enregistré dans le trousseau — saisir pour remplacer</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Duplicated. The secrets are not copied: type them for the copy.</source>
        <translation>Dupliqué. Les secrets ne sont pas copiés : saisissez-les pour la copie.</translation>
    </message>
    <message>
        <source>This connection is in use: connect to another one before deleting it.</source>
        <translation>Cette connexion est utilisée : connectez-vous à une autre avant de la supprimer.</translation>
    </message>
    <message>
        <source>Delete the connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and the secrets stored for it?</source>
        <translation>Supprimer « %1 » et les secrets enregistrés pour elle ?</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Certains champs sont à corriger.</translation>
    </message>
    <message>
        <source>The system keychain is not available: the secrets are kept for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : les secrets sont gardés pour cette session seulement.</translation>
    </message>
    <message>
        <source>Saved; the secrets are in the system keychain.</source>
        <translation>Enregistré ; les secrets sont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved; the secrets are kept for this session.</source>
        <translation>Enregistré ; les secrets sont gardés pour cette session.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Corrigez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>A secret is missing: %1.</source>
        <translation>Un secret manque : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: the server answered with %n structure type(s).</source>
        <translation>
            <numerusform>La connexion fonctionne : le serveur a répondu avec %n type de structure.</numerusform>
            <numerusform>La connexion fonctionne : le serveur a répondu avec %n types de structure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ContactExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported.</source>
        <translation>
            <numerusform>%n contact exporté.</numerusform>
            <numerusform>%n contacts exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>Contact %1 : %2</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ContactSearchModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::CriteriaEditor</name>
    <message>
        <source>No criterion is defined for this institution (or the reference data is not loaded yet).</source>
        <translation>Aucun critère n&apos;est défini pour cette institution (ou les données de référence ne sont pas encore chargées).</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>a number, e.g. 12.5</source>
        <translation>un nombre, p. ex. 12.5</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Critère %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::FilterRow</name>
    <message>
        <source>Contact type</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Individuals and structures</source>
        <translation>Personnes et structures</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Structure name</source>
        <translation>Nom de la structure</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Criterion value</source>
        <translation>Valeur du critère</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Granted authorization</source>
        <translation>Autorisation accordée</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>C&amp;riterion:</source>
        <translation>C&amp;ritère :</translation>
    </message>
    <message>
        <source>&amp;Granted:</source>
        <translation>&amp;Accordée :</translation>
    </message>
    <message>
        <source>(any criterion)</source>
        <translation>(tout critère)</translation>
    </message>
    <message>
        <source>(any authorization)</source>
        <translation>(toute autorisation)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::IndividualEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>E-mails et téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Ticket shop</source>
        <translation>Billetterie</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Civilité :</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Modifier la civilité</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>Edit the first name</source>
        <translation>Modifier le prénom</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Edit the last name</source>
        <translation>Modifier le nom</translation>
    </message>
    <message>
        <source>Empty it with Ctrl+Delete</source>
        <translation>Videz-le avec Ctrl+Suppr</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>Change the birth date</source>
        <translation>Modifier la date de naissance</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Modifier la langue</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Edit the function</source>
        <translation>Modifier la fonction</translation>
    </message>
    <message>
        <source>&amp;Main email:</source>
        <translation>E-mail &amp;principal :</translation>
    </message>
    <message>
        <source>Edit the main email</source>
        <translation>Modifier l&apos;e-mail principal</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Edit the remark</source>
        <translation>Modifier la remarque</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Edit the ticket-shop login</source>
        <translation>Modifier l&apos;identifiant de billetterie</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>A new ticket-shop password; leave empty to keep the current one. It is never shown, stored or kept in a draft.</source>
        <translation>Un nouveau mot de passe de billetterie ; laissez vide pour garder l&apos;actuel. Il n&apos;est jamais affiché, enregistré ni gardé dans un brouillon.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau &amp;mot de passe :</translation>
    </message>
    <message>
        <source>Set a ticket-shop password</source>
        <translation>Définir un mot de passe de billetterie</translation>
    </message>
    <message>
        <source>New individual: not saved yet.</source>
        <translation>Nouvelle personne : pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>has a warning</source>
        <translation>a un avertissement</translation>
    </message>
    <message>
        <source>advantage %1</source>
        <translation>avantage %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::IndividualTab</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Enregistrer le contact (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Load the stored contact again</source>
        <translation>Recharger le contact enregistré</translation>
    </message>
    <message>
        <source>Registration token…</source>
        <translation>Jeton d&apos;inscription…</translation>
    </message>
    <message>
        <source>Ticket shop…</source>
        <translation>Billetterie…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Restore the unsaved edit</source>
        <translation>Restaurer la modification non enregistrée</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 was restored.</source>
        <translation>Votre modification non enregistrée de %1 a été restaurée.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n champ est à corriger avant l&apos;enregistrement.</numerusform>
            <numerusform>%n champs sont à corriger avant l&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <source>Someone else saved this contact meanwhile: choose the values to keep.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce contact entre-temps : choisissez les valeurs à garder.</translation>
    </message>
    <message>
        <source>Not saved: the contact was changed by someone else. Your edit is kept.</source>
        <translation>Non enregistré : le contact a été modifié par quelqu&apos;un d&apos;autre. Votre modification est conservée.</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 had already been saved.</source>
        <translation>Votre modification non enregistrée de %1 avait déjà été enregistrée.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ListEditorBase</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Supprimer l&apos;élément %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language changes the next time ContactDesk starts.</source>
        <translation>La langue change au prochain démarrage de ContactDesk.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>ContactDesk</source>
        <translation>ContactDesk</translation>
    </message>
    <message>
        <source>Open contacts</source>
        <translation>Contacts ouverts</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not open the connection &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir la connexion « %1 » : %2</translation>
    </message>
    <message>
        <source>The reference data could not be loaded: %1</source>
        <translation>Les données de référence n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>Refresh the reference data</source>
        <translation>Actualiser les données de référence</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New individual</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>C&amp;onnexion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find contacts</source>
        <translation>&amp;Chercher des contacts</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>switching the connection</source>
        <translation>de changer de connexion</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Profile: %1 (demo)</source>
        <translation>Profil : %1 (démo)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Institution : %1</translation>
    </message>
    <message>
        <source>Binding: %1</source>
        <translation>Liaison : %1</translation>
    </message>
    <message>
        <source>Structure types, criteria, authorizations and administrative numbers</source>
        <translation>Types de structure, critères, autorisations et numéros administratifs</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>de quitter</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>New s&amp;tructure</source>
        <translation>Nouvelle s&amp;tructure</translation>
    </message>
    <message>
        <source>Before %1: these contacts have unsaved changes:
%2

Discard them? (Cancel to go back and save them.)</source>
        <translation>Avant %1 : ces contacts ont des modifications non enregistrées :
%2

Les abandonner ? (Annuler pour revenir les enregistrer.)</translation>
    </message>
    <message>
        <source>Type a name, contact number, email or phone in the search (Ctrl+F), then press Enter to open the contact here.

Ctrl+N: new individual. Ctrl+Shift+N: new structure.</source>
        <translation>Saisissez un nom, un numéro de contact, un e-mail ou un téléphone dans la recherche (Ctrl+F), puis appuyez sur Entrée pour ouvrir le contact ici.

Ctrl+N : nouvelle personne. Ctrl+Maj+N : nouvelle structure.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Membre %1</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Professional &amp;email:</source>
        <translation>E-mail &amp;professionnel :</translation>
    </message>
    <message>
        <source>Professional &amp;phone:</source>
        <translation>&amp;Téléphone professionnel :</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Certains champs sont à corriger.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MemberPickerDialog</name>
    <message>
        <source>Add an existing individual</source>
        <translation>Ajouter une personne existante</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Add to the structure</source>
        <translation>&amp;Ajouter à la structure</translation>
    </message>
    <message>
        <source>Pick an individual in the results first.</source>
        <translation>Choisissez d&apos;abord une personne dans les résultats.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MembersPanel</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Filter members by last name</source>
        <translation>Filtrer les membres par nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Filter members by function</source>
        <translation>Filtrer les membres par fonction</translation>
    </message>
    <message>
        <source>Filter members by role</source>
        <translation>Filtrer les membres par rôle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Add &amp;existing…</source>
        <translation>Ajouter un &amp;existant…</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nouveau membre…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 members (first %2 shown)</source>
        <translation>%1 membres (les %2 premiers affichés)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>Membre ajouté.</translation>
    </message>
    <message>
        <source>Member created.</source>
        <translation>Membre créé.</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 (contact %2) from this structure? The contact itself stays.</source>
        <translation>Retirer %1 (contact %2) de cette structure ? Le contact lui-même reste.</translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>Membre retiré.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::OutboxDialog</name>
    <message>
        <source>Demo outbox</source>
        <translation>Boîte d&apos;envoi de démo</translation>
    </message>
    <message>
        <source>The demo sandbox sends no real mail: what it would have sent is listed here.</source>
        <translation>Le bac à sable de démonstration n&apos;envoie aucun vrai courriel : ce qu&apos;il aurait envoyé est listé ici.</translation>
    </message>
    <message>
        <source>Mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation>Texte du courriel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n courriel</numerusform>
            <numerusform>%n courriels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::OutboxModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::RestoreDraftsDialog</name>
    <message>
        <source>Unsaved edits</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>These edits were not saved when ContactDesk last closed. Restore them to review and save them.</source>
        <translation>Ces modifications n&apos;étaient pas enregistrées à la dernière fermeture de ContactDesk. Restaurez-les pour les revoir et les enregistrer.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>%1 (new, not created yet)</source>
        <translation>%1 (nouveau, pas encore créé)</translation>
    </message>
    <message>
        <source>%1 (contact %2)</source>
        <translation>%1 (contact %2)</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, modifié le %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SearchPanel</name>
    <message>
        <source>Search by name, contact number, email or phone (Ctrl+F)</source>
        <translation>Chercher par nom, numéro de contact, e-mail ou téléphone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Chercher des contacts</translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation>Afficher les filtres</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>Number of contacts found</source>
        <translation>Nombre de contacts trouvés</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translation>Masquer les filtres</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Tapez pour chercher.</translation>
    </message>
    <message>
        <source>No contact found.</source>
        <translation>Aucun contact trouvé.</translation>
    </message>
    <message>
        <source>%1 contacts (%2 loaded)</source>
        <translation>%1 contacts (%2 chargés)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SecretsPrompt</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>ContactDesk needs the secrets of &quot;%1&quot; (%2, operator %3).</source>
        <translation>ContactDesk a besoin des secrets de « %1 » (%2, opérateur %3).</translation>
    </message>
    <message>
        <source>Operator &amp;password:</source>
        <translation>&amp;Mot de passe de l&apos;opérateur :</translation>
    </message>
    <message>
        <source>API &amp;secret (REST):</source>
        <translation>&amp;Secret API (REST) :</translation>
    </message>
    <message>
        <source>S&amp;ymphony secret:</source>
        <translation>Secret S&amp;ymphony :</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SendTokenDialog</name>
    <message>
        <source>Send a registration token</source>
        <translation>Envoyer un jeton d&apos;inscription</translation>
    </message>
    <message>
        <source>A registration token for %1 (contact id %2) is mailed to the contact&apos;s address. Any earlier token of this contact stops working.</source>
        <translation>Un jeton d&apos;inscription pour %1 (identifiant %2) est envoyé à l&apos;adresse du contact. Tout jeton précédent de ce contact cesse de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Single use (stops working once verified)</source>
        <translation>À usage &amp;unique (cesse de fonctionner une fois vérifié)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>This contact has no id the Symphony API can use.</source>
        <translation>Ce contact n&apos;a pas d&apos;identifiant utilisable par l&apos;API Symphony.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Envoyé à %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SessionManager</name>
    <message>
        <source>The demo sandbox is not available in this build.</source>
        <translation>Le bac à sable de démonstration n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>No such connection profile.</source>
        <translation>Profil de connexion introuvable.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::StructureEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Edit the name</source>
        <translation>Modifier le nom</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Edit the code</source>
        <translation>Modifier le code</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Change the type</source>
        <translation>Modifier le type</translation>
    </message>
    <message>
        <source>Address name &amp;1:</source>
        <translation>Nom d&apos;adresse &amp;1 :</translation>
    </message>
    <message>
        <source>Edit the address name</source>
        <translation>Modifier le nom d&apos;adresse</translation>
    </message>
    <message>
        <source>Address name &amp;2:</source>
        <translation>Nom d&apos;adresse &amp;2 :</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>Edit the web site</source>
        <translation>Modifier le site web</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>&amp;Employés :</translation>
    </message>
    <message>
        <source>Change the number of employees</source>
        <translation>Modifier le nombre d&apos;employés</translation>
    </message>
    <message>
        <source>&amp;Main email:</source>
        <translation>E-mail &amp;principal :</translation>
    </message>
    <message>
        <source>Edit the main email</source>
        <translation>Modifier l&apos;e-mail principal</translation>
    </message>
    <message>
        <source>Open the relay</source>
        <translation>Ouvrir le relais</translation>
    </message>
    <message>
        <source>Relay:</source>
        <translation>Relais :</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Administrative numbers</source>
        <translation>Numéros administratifs</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>E-mails et téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>New structure: not saved yet.</source>
        <translation>Nouvelle structure : pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Structure %1</source>
        <translation>Structure %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contact %1</translation>
    </message>
    <message>
        <source>The contact number of the individual who is the structure&apos;s relay</source>
        <translation>Le numéro de contact de la personne qui est le relais de la structure</translation>
    </message>
    <message>
        <source>Relay contact n&amp;umber:</source>
        <translation>N&amp;uméro de contact du relais :</translation>
    </message>
    <message>
        <source>Choose the relay</source>
        <translation>Choisir le relais</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::StructureMembersModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Professional email</source>
        <translation>E-mail professionnel</translation>
    </message>
    <message>
        <source>Professional phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::StructureTab</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the structure (Ctrl+S)</source>
        <translation>Enregistrer la structure (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Restore the unsaved edit</source>
        <translation>Restaurer la modification non enregistrée</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 was restored.</source>
        <translation>Votre modification non enregistrée de %1 a été restaurée.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n champ est à corriger avant l&apos;enregistrement.</numerusform>
            <numerusform>%n champs sont à corriger avant l&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <source>New structure</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 had already been saved.</source>
        <translation>Votre modification non enregistrée de %1 avait déjà été enregistrée.</translation>
    </message>
    <message>
        <source>A new structure needs its relay: the contact number of an individual.</source>
        <translation>Une nouvelle structure a besoin de son relais : le numéro de contact d’une personne.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::TicketShopDialog</name>
    <message>
        <source>Ticket-shop tools — contact %1</source>
        <translation>Outils de billetterie — contact %1</translation>
    </message>
    <message>
        <source>Test a login</source>
        <translation>Tester un identifiant</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Point of sales</source>
        <translation>Point de vente</translation>
    </message>
    <message>
        <source>(any point of sales)</source>
        <translation>(tout point de vente)</translation>
    </message>
    <message>
        <source>Lis&amp;t authorized</source>
        <translation>&amp;Lister les autorisés</translation>
    </message>
    <message>
        <source>The points of sales this login may use (listAuthorizedPOS)</source>
        <translation>Les points de vente que cet identifiant peut utiliser (listAuthorizedPOS)</translation>
    </message>
    <message>
        <source>Point of &amp;sales:</source>
        <translation>Point de &amp;vente :</translation>
    </message>
    <message>
        <source>&amp;Remember me (issues a remember-me token)</source>
        <translation>Se &amp;souvenir de moi (émet un jeton « remember-me »)</translation>
    </message>
    <message>
        <source>T&amp;est the login</source>
        <translation>T&amp;ester l&apos;identifiant</translation>
    </message>
    <message>
        <source>&amp;Copy the remember-me cookie</source>
        <translation>&amp;Copier le cookie « remember-me »</translation>
    </message>
    <message>
        <source>Recover the password</source>
        <translation>Récupérer le mot de passe</translation>
    </message>
    <message>
        <source>Email to recover</source>
        <translation>E-mail à récupérer</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>Mail a &amp;new password</source>
        <translation>Envoyer un &amp;nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe ac&amp;tuel :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Ne&amp;w password:</source>
        <translation>No&amp;uveau mot de passe :</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmer :</translation>
    </message>
    <message>
        <source>C&amp;hange the password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>Asking for the points of sales…</source>
        <translation>Demande des points de vente…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of sales for this login.</source>
        <translation>
            <numerusform>%n point de vente pour cet identifiant.</numerusform>
            <numerusform>%n points de vente pour cet identifiant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying the login…</source>
        <translation>Essai de l&apos;identifiant…</translation>
    </message>
    <message>
        <source>The login fails: %1</source>
        <translation>L&apos;identifiant échoue : %1</translation>
    </message>
    <message>
        <source>The login works: contact %1.</source>
        <translation>L&apos;identifiant fonctionne : contact %1.</translation>
    </message>
    <message>
        <source>A remember-me cookie is ready to copy.</source>
        <translation>Un cookie « remember-me » est prêt à être copié.</translation>
    </message>
    <message>
        <source>No remember-me cookie: %1</source>
        <translation>Pas de cookie « remember-me » : %1</translation>
    </message>
    <message>
        <source>The remember-me cookie is on the clipboard.</source>
        <translation>Le cookie « remember-me » est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Demande en cours…</translation>
    </message>
    <message>
        <source>A new password was mailed to %1.</source>
        <translation>Un nouveau mot de passe a été envoyé à %1.</translation>
    </message>
    <message>
        <source>Type the current password.</source>
        <translation>Saisissez le mot de passe actuel.</translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation>Le nouveau mot de passe et sa confirmation diffèrent.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Le mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::VerifyTokenDialog</name>
    <message>
        <source>Verify a registration token</source>
        <translation>Vérifier un jeton d&apos;inscription</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;Consume it (a single-use token then stops working)</source>
        <translation>Le &amp;consommer (un jeton à usage unique cesse alors de fonctionner)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide : %1</translation>
    </message>
    <message>
        <source>Valid: contact id %1, %2</source>
        <translation>Valide : identifiant de contact %1, %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for S-360 contacts and Symphony registration tokens.</source>
        <translation>Client de bureau pour les contacts S-360 et les jetons d&apos;inscription Symphony.</translation>
    </message>
    <message>
        <source>Run the demo sandbox on a temporary database.</source>
        <translation>Faire tourner le bac à sable de démonstration sur une base temporaire.</translation>
    </message>
    <message>
        <source>Individuals seeded into a new demo database.</source>
        <translation>Personnes générées dans une nouvelle base de démonstration.</translation>
    </message>
    <message>
        <source>Save screenshots of a scripted tour into a folder, then quit.</source>
        <translation>Enregistrer les captures d&apos;une visite scriptée dans un dossier, puis quitter.</translation>
    </message>
    <message>
        <source>Test builds: drive the window from a script file.</source>
        <translation>Versions de test : piloter la fenêtre depuis un fichier de script.</translation>
    </message>
</context>
</TS>
