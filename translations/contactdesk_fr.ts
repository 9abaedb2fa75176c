<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CodeChoosers</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr and Mrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket-shop login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted authorizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address name 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address name 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this contact since it was opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was too large to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDataAge</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: cached %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference data %1 old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A ticket-shop password needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one value is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown administrative number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid email address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number: digits, spaces and + . - / ( ), 6 to 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ISO 639-1 language code (two lower-case letters, e.g. de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GB for the United Kingdom, not UK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ISO 3166-1 country code (two upper-case letters, e.g. CH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date must not be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date must not be before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the expected format (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number (digits, &apos;.&apos; as decimal separator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::app::EmbeddedDemoBackend</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected calls (all when none is selected), secrets redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the calls listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AddressListEditor</name>
    <message>
        <source>Line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town complement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 is a %2 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AuthorizationsEditor</name>
    <message>
        <source>No authorization is defined for this institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[third party]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant an authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw an authorization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::CommunicationMeansEditor</name>
    <message>
        <source>Add an email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of contact means %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main contact means %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional contact means %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the main contact means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an email or phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact was saved by someone else after you opened it. For each field that differs, choose the value to keep, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep the stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keep my value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ContactSearchModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::CriteriaEditor</name>
    <message>
        <source>No criterion is defined for this institution (or the reference data is not loaded yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, e.g. 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::FilterRow</name>
    <message>
        <source>Contact type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals and structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;riterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any authorization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::IndividualEditor</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty it with Ctrl+Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Main email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the main email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the ticket-shop login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new ticket-shop password; leave empty to keep the current one. It is never shown, stored or kept in a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a ticket-shop password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New individual: not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advantage %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::IndividualTab</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the stored contact again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the unsaved edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this contact meanwhile: choose the values to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the contact was changed by someone else. Your edit is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ListEditorBase</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time ContactDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContactDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the connection &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure types, criteria, authorizations and administrative numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1: these contacts have unsaved changes:
%2

Discard them? (Cancel to go back and save them.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quitting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::RestoreDraftsDialog</name>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These edits were not saved when ContactDesk last closed. Restore them to review and save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new, not created yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (contact %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SearchPanel</name>
    <message>
        <source>Search by name, contact number, email or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of contacts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts (%2 loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SessionManager</name>
    <message>
        <source>The demo sandbox is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for S-360 contacts and Symphony registration tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo sandbox on a temporary database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals seeded into a new demo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
