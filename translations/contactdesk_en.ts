<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CodeChoosers</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>Mrs</source>
        <translation>Mrs</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>Miss</translation>
    </message>
    <message>
        <source>Mr and Mrs</source>
        <translation>Mr and Mrs</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Undefined</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Main</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>any channel</source>
        <translation>any channel</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Main email</source>
        <translation>Main email</translation>
    </message>
    <message>
        <source>Ticket-shop login</source>
        <translation>Ticket-shop login</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>Emails and phones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Granted authorizations</source>
        <translation>Granted authorizations</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Address name 1</translation>
    </message>
    <message>
        <source>Address name 2</source>
        <translation>Address name 2</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Connection failed</source>
        <translation>Connection failed</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>No answer in time</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Secure connection failed</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP error</translation>
    </message>
    <message>
        <source>Server fault</source>
        <translation>Server fault</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unreadable answer</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Answer too large</translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Rate limit reached</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Someone else changed this contact since it was opened: %1</source>
        <translation>Someone else changed this contact since it was opened: %1</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server reported a fault: %1</source>
        <translation>The server reported a fault: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>The server answered HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>The server answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>The secure connection failed: %1</translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <translation>The answer could not be read: %1</translation>
    </message>
    <message>
        <source>The answer was too large to be read.</source>
        <translation>The answer was too large to be read.</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached; try again in a minute.</source>
        <translation>The server&apos;s rate limit was reached; try again in a minute.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The credentials are missing.</source>
        <translation>The credentials are missing.</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>no reference data</source>
        <translation>no reference data</translation>
    </message>
    <message>
        <source>offline: cached %1 ago</source>
        <translation>offline: cached %1 ago</translation>
    </message>
    <message>
        <source>reference data %1 old</source>
        <translation>reference data %1 old</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A ticket-shop password needs a login.</source>
        <translation>A ticket-shop password needs a login.</translation>
    </message>
    <message>
        <source>Only one value is allowed here.</source>
        <translation>Only one value is allowed here.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; is not one of the choices.</translation>
    </message>
    <message>
        <source>Must be 0 or more.</source>
        <translation>Must be 0 or more.</translation>
    </message>
    <message>
        <source>Unknown administrative number &quot;%1&quot;.</source>
        <translation>Unknown administrative number &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>At most %1 characters (now %2).</translation>
    </message>
    <message>
        <source>Not a valid email address (name@example.com).</source>
        <translation>Not a valid email address (name@example.com).</translation>
    </message>
    <message>
        <source>Not a valid phone number: digits, spaces and + . - / ( ), 6 to 20 digits.</source>
        <translation>Not a valid phone number: digits, spaces and + . - / ( ), 6 to 20 digits.</translation>
    </message>
    <message>
        <source>Not an ISO 639-1 language code (two lower-case letters, e.g. de).</source>
        <translation>Not an ISO 639-1 language code (two lower-case letters, e.g. de).</translation>
    </message>
    <message>
        <source>Use GB for the United Kingdom, not UK.</source>
        <translation>Use GB for the United Kingdom, not UK.</translation>
    </message>
    <message>
        <source>Not an ISO 3166-1 country code (two upper-case letters, e.g. CH).</source>
        <translation>Not an ISO 3166-1 country code (two upper-case letters, e.g. CH).</translation>
    </message>
    <message>
        <source>The birth date must not be in the future.</source>
        <translation>The birth date must not be in the future.</translation>
    </message>
    <message>
        <source>The birth date must not be before %1.</source>
        <translation>The birth date must not be before %1.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Must be one of: %1.</translation>
    </message>
    <message>
        <source>Does not match the expected format (%1).</source>
        <translation>Does not match the expected format (%1).</translation>
    </message>
    <message>
        <source>Not a number (digits, &apos;.&apos; as decimal separator).</source>
        <translation>Not a number (digits, &apos;.&apos; as decimal separator).</translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd).</source>
        <translation>Not a date (yyyy-mm-dd).</translation>
    </message>
</context>
<context>
    <name>contactdesk::app::EmbeddedDemoBackend</name>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>The demo sandbox could not start: %1</translation>
    </message>
    <message>
        <source>The demo sandbox is not running.</source>
        <translation>The demo sandbox is not running.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Calls of this session</source>
        <translation>Calls of this session</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the selected calls (all when none is selected), secrets redacted</source>
        <translation>Copy the selected calls (all when none is selected), secrets redacted</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Forget the calls listed</source>
        <translation>Forget the calls listed</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Binding</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <translation>Line 1</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Line 2</translation>
    </message>
    <message>
        <source>Line 3</source>
        <translation>Line 3</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Zip code</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Town complement</source>
        <translation>Town complement</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Add an address</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Address %1</translation>
    </message>
    <message>
        <source>Address %1 is a %2 address</source>
        <translation>Address %1 is a %2 address</translation>
    </message>
    <message>
        <source>Change the address types</source>
        <translation>Change the address types</translation>
    </message>
    <message>
        <source>%1 of address %2</source>
        <translation>%1 of address %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Country of address %1</source>
        <translation>Country of address %1</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>Change the country</translation>
    </message>
    <message>
        <source>Remove an address</source>
        <translation>Remove an address</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AdministrativeNumbersEditor</name>
    <message>
        <source>Add an administrative number</source>
        <translation>Add an administrative number</translation>
    </message>
    <message>
        <source>Kind of administrative number %1</source>
        <translation>Kind of administrative number %1</translation>
    </message>
    <message>
        <source>Administrative number %1</source>
        <translation>Administrative number %1</translation>
    </message>
    <message>
        <source>Change the kind of number</source>
        <translation>Change the kind of number</translation>
    </message>
    <message>
        <source>Edit an administrative number</source>
        <translation>Edit an administrative number</translation>
    </message>
    <message>
        <source>Expected format: %1</source>
        <translation>Expected format: %1</translation>
    </message>
    <message>
        <source>Remove an administrative number</source>
        <translation>Remove an administrative number</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AppActions</name>
    <message>
        <source>Send a registration &amp;token…</source>
        <translation>Send a registration &amp;token…</translation>
    </message>
    <message>
        <source>&amp;Verify a token…</source>
        <translation>&amp;Verify a token…</translation>
    </message>
    <message>
        <source>Send tokens to the &amp;selection…</source>
        <translation>Send tokens to the &amp;selection…</translation>
    </message>
    <message>
        <source>Tic&amp;ket-shop tools…</source>
        <translation>Tic&amp;ket-shop tools…</translation>
    </message>
    <message>
        <source>Demo &amp;outbox…</source>
        <translation>Demo &amp;outbox…</translation>
    </message>
    <message>
        <source>Results as &amp;CSV…</source>
        <translation>Results as &amp;CSV…</translation>
    </message>
    <message>
        <source>Results as &amp;vCard…</source>
        <translation>Results as &amp;vCard…</translation>
    </message>
    <message>
        <source>Select the individuals to send tokens to in the results first.</source>
        <translation>Select the individuals to send tokens to in the results first.</translation>
    </message>
    <message>
        <source>Search first: the export writes the results, or the selected ones.</source>
        <translation>Search first: the export writes the results, or the selected ones.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
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
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard files (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::AuthorizationsEditor</name>
    <message>
        <source>No authorization is defined for this institution.</source>
        <translation>No authorization is defined for this institution.</translation>
    </message>
    <message>
        <source>[third party]</source>
        <translation>[third party]</translation>
    </message>
    <message>
        <source>Authorization %1</source>
        <translation>Authorization %1</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>granted %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>withdrawn %1</translation>
    </message>
    <message>
        <source>Grant an authorization</source>
        <translation>Grant an authorization</translation>
    </message>
    <message>
        <source>Withdraw an authorization</source>
        <translation>Withdraw an authorization</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BulkTokenDialog</name>
    <message>
        <source>Send registration tokens</source>
        <translation>Send registration tokens</translation>
    </message>
    <message numerus="yes">
        <source>A registration token is mailed to each of the %n selected contact(s). The server&apos;s rate limit is respected: a large selection takes a while.</source>
        <translation>
            <numerusform>A registration token is mailed to each of the %n selected contact. The server&apos;s rate limit is respected: a large selection takes a while.</numerusform>
            <numerusform>A registration token is mailed to each of the %n selected contacts. The server&apos;s rate limit is respected: a large selection takes a while.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Single-use tokens</source>
        <translation>&amp;Single-use tokens</translation>
    </message>
    <message>
        <source>Tokens sent</source>
        <translation>Tokens sent</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>S&amp;end</translation>
    </message>
    <message>
        <source>Save report as &amp;CSV…</source>
        <translation>Save report as &amp;CSV…</translation>
    </message>
    <message>
        <source>Cancelling after the call under way…</source>
        <translation>Cancelling after the call under way…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>token-report.csv</source>
        <translation>token-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2…</source>
        <translation>%1 of %2…</translation>
    </message>
    <message>
        <source>Sent: %1. Failed: %2. Not sent (cancelled): %3.</source>
        <translation>Sent: %1. Failed: %2. Not sent (cancelled): %3.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BulkTokenSender</name>
    <message>
        <source>not sent: cancelled</source>
        <translation>not sent: cancelled</translation>
    </message>
    <message>
        <source>no contact id</source>
        <translation>no contact id</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>Contact number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact id</source>
        <translation>Contact id</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>A request is running</source>
        <translation>A request is running</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::CommunicationMeansEditor</name>
    <message>
        <source>Add an email or phone</source>
        <translation>Add an email or phone</translation>
    </message>
    <message>
        <source>Type of contact means %1</source>
        <translation>Type of contact means %1</translation>
    </message>
    <message>
        <source>Email or number %1</source>
        <translation>Email or number %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Main contact means %1</source>
        <translation>Main contact means %1</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Professional contact means %1</source>
        <translation>Professional contact means %1</translation>
    </message>
    <message>
        <source>Change the type</source>
        <translation>Change the type</translation>
    </message>
    <message>
        <source>Edit an email or phone</source>
        <translation>Edit an email or phone</translation>
    </message>
    <message>
        <source>Change the main contact means</source>
        <translation>Change the main contact means</translation>
    </message>
    <message>
        <source>Change professional</source>
        <translation>Change professional</translation>
    </message>
    <message>
        <source>Remove an email or phone</source>
        <translation>Remove an email or phone</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>This contact was saved by someone else after you opened it. For each field that differs, choose the value to keep, then save again.</source>
        <translation>This contact was saved by someone else after you opened it. For each field that differs, choose the value to keep, then save again.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Stored now</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>%1: keep the stored value</source>
        <translation>%1: keep the stored value</translation>
    </message>
    <message>
        <source>%1: keep my value</source>
        <translation>%1: keep my value</translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation>Use these values</translation>
    </message>
    <message>
        <source>Take all stored</source>
        <translation>Take all stored</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Keep all mine</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>The demo sandbox runs inside ContactDesk: its address and credentials are set when it starts, and nothing here needs to be typed.</source>
        <translation>The demo sandbox runs inside ContactDesk: its address and credentials are set when it starts, and nothing here needs to be typed.</translation>
    </message>
    <message>
        <source>S-360</source>
        <translation>S-360</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Operator login:</source>
        <translation>&amp;Operator login:</translation>
    </message>
    <message>
        <source>The partner name the REST binding signs its tokens with (JWT iss).</source>
        <translation>The partner name the REST binding signs its tokens with (JWT iss).</translation>
    </message>
    <message>
        <source>&amp;Partner name:</source>
        <translation>&amp;Partner name:</translation>
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
        <translation>B&amp;inding:</translation>
    </message>
    <message>
        <source>Sales &amp;channel:</source>
        <translation>Sales &amp;channel:</translation>
    </message>
    <message>
        <source>Point of sales id:</source>
        <translation>Point of sales id:</translation>
    </message>
    <message>
        <source> calls/min</source>
        <translation> calls/min</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate limit:</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Extra CA certificates file</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA certificates file</source>
        <translation>Choose the CA certificates file</translation>
    </message>
    <message>
        <source>Extra C&amp;A (PEM):</source>
        <translation>Extra C&amp;A (PEM):</translation>
    </message>
    <message>
        <source>Symphony (registration tokens)</source>
        <translation>Symphony (registration tokens)</translation>
    </message>
    <message>
        <source>empty: tokens are not used</source>
        <translation>empty: tokens are not used</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Base &amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
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
        <translation>Bindin&amp;g:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Operator pass&amp;word:</source>
        <translation>Operator pass&amp;word:</translation>
    </message>
    <message>
        <source>API &amp;secret (REST):</source>
        <translation>API &amp;secret (REST):</translation>
    </message>
    <message>
        <source>S&amp;ymphony secret:</source>
        <translation>S&amp;ymphony secret:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Remember in the system keychain</translation>
    </message>
    <message>
        <source>Secrets are never shown again once typed. Unticked, they are kept in memory until ContactDesk closes.</source>
        <translation>Secrets are never shown again once typed. Unticked, they are kept in memory until ContactDesk closes.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Extra CA certificates</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>handed over by the demo sandbox</source>
        <translation>handed over by the demo sandbox</translation>
    </message>
    <message>
        <source>kept for this session — type to replace</source>
        <translation>kept for this session — type to replace</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>stored in the keychain — type to replace</source>
        <translation>stored in the keychain — type to replace</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>Duplicated. The secrets are not copied: type them for the copy.</source>
        <translation>Duplicated. The secrets are not copied: type them for the copy.</translation>
    </message>
    <message>
        <source>This connection is in use: connect to another one before deleting it.</source>
        <translation>This connection is in use: connect to another one before deleting it.</translation>
    </message>
    <message>
        <source>Delete the connection</source>
        <translation>Delete the connection</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and the secrets stored for it?</source>
        <translation>Delete &quot;%1&quot; and the secrets stored for it?</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
    <message>
        <source>The system keychain is not available: the secrets are kept for this session only.</source>
        <translation>The system keychain is not available: the secrets are kept for this session only.</translation>
    </message>
    <message>
        <source>Saved; the secrets are in the system keychain.</source>
        <translation>Saved; the secrets are in the system keychain.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved; the secrets are kept for this session.</source>
        <translation>Saved; the secrets are kept for this session.</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Fix the marked fields first.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>A secret is missing: %1.</source>
        <translation>A secret is missing: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: the server answered with %n structure type(s).</source>
        <translation>
            <numerusform>The connection works: the server answered with %n structure type.</numerusform>
            <numerusform>The connection works: the server answered with %n structure types.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ContactExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>The connection was closed.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported.</source>
        <translation>
            <numerusform>%n contact exported.</numerusform>
            <numerusform>%n contacts exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>Contact %1: %2</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ContactSearchModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::CriteriaEditor</name>
    <message>
        <source>No criterion is defined for this institution (or the reference data is not loaded yet).</source>
        <translation>No criterion is defined for this institution (or the reference data is not loaded yet).</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>a number, e.g. 12.5</source>
        <translation>a number, e.g. 12.5</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Criterion %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::FilterRow</name>
    <message>
        <source>Contact type</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <source>Individuals and structures</source>
        <translation>Individuals and structures</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Zip code</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Structure name</source>
        <translation>Structure name</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Criterion value</source>
        <translation>Criterion value</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Granted authorization</source>
        <translation>Granted authorization</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>C&amp;riterion:</source>
        <translation>C&amp;riterion:</translation>
    </message>
    <message>
        <source>&amp;Granted:</source>
        <translation>&amp;Granted:</translation>
    </message>
    <message>
        <source>(any criterion)</source>
        <translation>(any criterion)</translation>
    </message>
    <message>
        <source>(any authorization)</source>
        <translation>(any authorization)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::IndividualEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>Emails and phones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Authorizations</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Ticket shop</source>
        <translation>Ticket shop</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Change the title</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>Edit the first name</source>
        <translation>Edit the first name</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>Edit the last name</source>
        <translation>Edit the last name</translation>
    </message>
    <message>
        <source>Empty it with Ctrl+Delete</source>
        <translation>Empty it with Ctrl+Delete</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Change the birth date</source>
        <translation>Change the birth date</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <source>Edit the function</source>
        <translation>Edit the function</translation>
    </message>
    <message>
        <source>&amp;Main email:</source>
        <translation>&amp;Main email:</translation>
    </message>
    <message>
        <source>Edit the main email</source>
        <translation>Edit the main email</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <source>Edit the remark</source>
        <translation>Edit the remark</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>L&amp;ogin:</translation>
    </message>
    <message>
        <source>Edit the ticket-shop login</source>
        <translation>Edit the ticket-shop login</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>A new ticket-shop password; leave empty to keep the current one. It is never shown, stored or kept in a draft.</source>
        <translation>A new ticket-shop password; leave empty to keep the current one. It is never shown, stored or kept in a draft.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>Set a ticket-shop password</source>
        <translation>Set a ticket-shop password</translation>
    </message>
    <message>
        <source>New individual: not saved yet.</source>
        <translation>New individual: not saved yet.</translation>
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
        <translation>role %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>modified %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>has a warning</source>
        <translation>has a warning</translation>
    </message>
    <message>
        <source>advantage %1</source>
        <translation>advantage %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::IndividualTab</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Save the contact (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Load the stored contact again</source>
        <translation>Load the stored contact again</translation>
    </message>
    <message>
        <source>Registration token…</source>
        <translation>Registration token…</translation>
    </message>
    <message>
        <source>Ticket shop…</source>
        <translation>Ticket shop…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>New individual</translation>
    </message>
    <message>
        <source>Restore the unsaved edit</source>
        <translation>Restore the unsaved edit</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 was restored.</source>
        <translation>Your unsaved edit of %1 was restored.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n field need attention before saving.</numerusform>
            <numerusform>%n fields need attention before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <source>Someone else saved this contact meanwhile: choose the values to keep.</source>
        <translation>Someone else saved this contact meanwhile: choose the values to keep.</translation>
    </message>
    <message>
        <source>Not saved: the contact was changed by someone else. Your edit is kept.</source>
        <translation>Not saved: the contact was changed by someone else. Your edit is kept.</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 had already been saved.</source>
        <translation>Your unsaved edit of %1 had already been saved.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::ListEditorBase</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Remove item %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes the next time ContactDesk starts.</source>
        <translation>The language changes the next time ContactDesk starts.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>ContactDesk</source>
        <translation>ContactDesk</translation>
    </message>
    <message>
        <source>Open contacts</source>
        <translation>Open contacts</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Could not open the connection &quot;%1&quot;: %2</source>
        <translation>Could not open the connection &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The reference data could not be loaded: %1</source>
        <translation>The reference data could not be loaded: %1</translation>
    </message>
    <message>
        <source>Refresh the reference data</source>
        <translation>Refresh the reference data</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New individual</source>
        <translation>&amp;New individual</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>C&amp;onnection</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find contacts</source>
        <translation>&amp;Find contacts</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>switching the connection</source>
        <translation>switching the connection</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Profile: %1 (demo)</source>
        <translation>Profile: %1 (demo)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Institution: %1</translation>
    </message>
    <message>
        <source>Binding: %1</source>
        <translation>Binding: %1</translation>
    </message>
    <message>
        <source>Structure types, criteria, authorizations and administrative numbers</source>
        <translation>Structure types, criteria, authorizations and administrative numbers</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (unsaved changes)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.</source>
        <translation>%1 has unsaved changes.</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>quitting</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connections…</translation>
    </message>
    <message>
        <source>New s&amp;tructure</source>
        <translation>New s&amp;tructure</translation>
    </message>
    <message>
        <source>Before %1: these contacts have unsaved changes:
%2

Discard them? (Cancel to go back and save them.)</source>
        <translation>Before %1: these contacts have unsaved changes:
%2

Discard them? (Cancel to go back and save them.)</translation>
    </message>
    <message>
        <source>Type a name, contact number, email or phone in the search (Ctrl+F), then press Enter to open the contact here.

Ctrl+N: new individual. Ctrl+Shift+N: new structure.</source>
        <translation>Type a name, contact number, email or phone in the search (Ctrl+F), then press Enter to open the contact here.

Ctrl+N: new individual. Ctrl+Shift+N: new structure.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Professional &amp;email:</source>
        <translation>Professional &amp;email:</translation>
    </message>
    <message>
        <source>Professional &amp;phone:</source>
        <translation>Professional &amp;phone:</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Some fields need attention.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MemberPickerDialog</name>
    <message>
        <source>Add an existing individual</source>
        <translation>Add an existing individual</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Add to the structure</source>
        <translation>&amp;Add to the structure</translation>
    </message>
    <message>
        <source>Pick an individual in the results first.</source>
        <translation>Pick an individual in the results first.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MembersPanel</name>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Filter members by last name</source>
        <translation>Filter members by last name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Filter members by function</source>
        <translation>Filter members by function</translation>
    </message>
    <message>
        <source>Filter members by role</source>
        <translation>Filter members by role</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Add &amp;existing…</source>
        <translation>Add &amp;existing…</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 members (first %2 shown)</source>
        <translation>%1 members (first %2 shown)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>Member added.</translation>
    </message>
    <message>
        <source>Member created.</source>
        <translation>Member created.</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Remove the member</translation>
    </message>
    <message>
        <source>Remove %1 (contact %2) from this structure? The contact itself stays.</source>
        <translation>Remove %1 (contact %2) from this structure? The contact itself stays.</translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>Member removed.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
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
        <translation>Demo outbox</translation>
    </message>
    <message>
        <source>The demo sandbox sends no real mail: what it would have sent is listed here.</source>
        <translation>The demo sandbox sends no real mail: what it would have sent is listed here.</translation>
    </message>
    <message>
        <source>Mails</source>
        <translation>Mails</translation>
    </message>
    <message>
        <source>Mail text</source>
        <translation>Mail text</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n mail</numerusform>
            <numerusform>%n mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::OutboxModel</name>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::RestoreDraftsDialog</name>
    <message>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <source>These edits were not saved when ContactDesk last closed. Restore them to review and save them.</source>
        <translation>These edits were not saved when ContactDesk last closed. Restore them to review and save them.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>%1 (new, not created yet)</source>
        <translation>%1 (new, not created yet)</translation>
    </message>
    <message>
        <source>%1 (contact %2)</source>
        <translation>%1 (contact %2)</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, edited %2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SearchPanel</name>
    <message>
        <source>Search by name, contact number, email or phone (Ctrl+F)</source>
        <translation>Search by name, contact number, email or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation>Show the filters</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Right-click to choose the columns</translation>
    </message>
    <message>
        <source>Number of contacts found</source>
        <translation>Number of contacts found</translation>
    </message>
    <message>
        <source>Hide the filters</source>
        <translation>Hide the filters</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Type to search.</translation>
    </message>
    <message>
        <source>No contact found.</source>
        <translation>No contact found.</translation>
    </message>
    <message>
        <source>%1 contacts (%2 loaded)</source>
        <translation>%1 contacts (%2 loaded)</translation>
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
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <source>ContactDesk needs the secrets of &quot;%1&quot; (%2, operator %3).</source>
        <translation>ContactDesk needs the secrets of &quot;%1&quot; (%2, operator %3).</translation>
    </message>
    <message>
        <source>Operator &amp;password:</source>
        <translation>Operator &amp;password:</translation>
    </message>
    <message>
        <source>API &amp;secret (REST):</source>
        <translation>API &amp;secret (REST):</translation>
    </message>
    <message>
        <source>S&amp;ymphony secret:</source>
        <translation>S&amp;ymphony secret:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Remember in the system keychain</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SendTokenDialog</name>
    <message>
        <source>Send a registration token</source>
        <translation>Send a registration token</translation>
    </message>
    <message>
        <source>A registration token for %1 (contact id %2) is mailed to the contact&apos;s address. Any earlier token of this contact stops working.</source>
        <translation>A registration token for %1 (contact id %2) is mailed to the contact&apos;s address. Any earlier token of this contact stops working.</translation>
    </message>
    <message>
        <source>&amp;Single use (stops working once verified)</source>
        <translation>&amp;Single use (stops working once verified)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>This contact has no id the Symphony API can use.</source>
        <translation>This contact has no id the Symphony API can use.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Sent to %1</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::SessionManager</name>
    <message>
        <source>The demo sandbox is not available in this build.</source>
        <translation>The demo sandbox is not available in this build.</translation>
    </message>
    <message>
        <source>No such connection profile.</source>
        <translation>No such connection profile.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::StructureEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Edit the name</source>
        <translation>Edit the name</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Edit the code</source>
        <translation>Edit the code</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Change the type</source>
        <translation>Change the type</translation>
    </message>
    <message>
        <source>Address name &amp;1:</source>
        <translation>Address name &amp;1:</translation>
    </message>
    <message>
        <source>Edit the address name</source>
        <translation>Edit the address name</translation>
    </message>
    <message>
        <source>Address name &amp;2:</source>
        <translation>Address name &amp;2:</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>&amp;Web site:</translation>
    </message>
    <message>
        <source>Edit the web site</source>
        <translation>Edit the web site</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>&amp;Employees:</translation>
    </message>
    <message>
        <source>Change the number of employees</source>
        <translation>Change the number of employees</translation>
    </message>
    <message>
        <source>&amp;Main email:</source>
        <translation>&amp;Main email:</translation>
    </message>
    <message>
        <source>Edit the main email</source>
        <translation>Edit the main email</translation>
    </message>
    <message>
        <source>Open the relay</source>
        <translation>Open the relay</translation>
    </message>
    <message>
        <source>Relay:</source>
        <translation>Relay:</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Administrative numbers</source>
        <translation>Administrative numbers</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>Emails and phones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>New structure: not saved yet.</source>
        <translation>New structure: not saved yet.</translation>
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
        <translation>modified %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>contact %1</translation>
    </message>
    <message>
        <source>The contact number of the individual who is the structure&apos;s relay</source>
        <translation>The contact number of the individual who is the structure&apos;s relay</translation>
    </message>
    <message>
        <source>Relay contact n&amp;umber:</source>
        <translation>Relay contact n&amp;umber:</translation>
    </message>
    <message>
        <source>Choose the relay</source>
        <translation>Choose the relay</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::StructureMembersModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Professional email</source>
        <translation>Professional email</translation>
    </message>
    <message>
        <source>Professional phone</source>
        <translation>Professional phone</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::StructureTab</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the structure (Ctrl+S)</source>
        <translation>Save the structure (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Restore the unsaved edit</source>
        <translation>Restore the unsaved edit</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 was restored.</source>
        <translation>Your unsaved edit of %1 was restored.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n field need attention before saving.</numerusform>
            <numerusform>%n fields need attention before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Resolve the conflict</translation>
    </message>
    <message>
        <source>New structure</source>
        <translation>New structure</translation>
    </message>
    <message>
        <source>Your unsaved edit of %1 had already been saved.</source>
        <translation>Your unsaved edit of %1 had already been saved.</translation>
    </message>
    <message>
        <source>A new structure needs its relay: the contact number of an individual.</source>
        <translation>A new structure needs its relay: the contact number of an individual.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::TicketShopDialog</name>
    <message>
        <source>Ticket-shop tools — contact %1</source>
        <translation>Ticket-shop tools — contact %1</translation>
    </message>
    <message>
        <source>Test a login</source>
        <translation>Test a login</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Point of sales</source>
        <translation>Point of sales</translation>
    </message>
    <message>
        <source>(any point of sales)</source>
        <translation>(any point of sales)</translation>
    </message>
    <message>
        <source>Lis&amp;t authorized</source>
        <translation>Lis&amp;t authorized</translation>
    </message>
    <message>
        <source>The points of sales this login may use (listAuthorizedPOS)</source>
        <translation>The points of sales this login may use (listAuthorizedPOS)</translation>
    </message>
    <message>
        <source>Point of &amp;sales:</source>
        <translation>Point of &amp;sales:</translation>
    </message>
    <message>
        <source>&amp;Remember me (issues a remember-me token)</source>
        <translation>&amp;Remember me (issues a remember-me token)</translation>
    </message>
    <message>
        <source>T&amp;est the login</source>
        <translation>T&amp;est the login</translation>
    </message>
    <message>
        <source>&amp;Copy the remember-me cookie</source>
        <translation>&amp;Copy the remember-me cookie</translation>
    </message>
    <message>
        <source>Recover the password</source>
        <translation>Recover the password</translation>
    </message>
    <message>
        <source>Email to recover</source>
        <translation>Email to recover</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Mail a &amp;new password</source>
        <translation>Mail a &amp;new password</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ne&amp;w password:</source>
        <translation>Ne&amp;w password:</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Confirm the new password</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firm:</translation>
    </message>
    <message>
        <source>C&amp;hange the password</source>
        <translation>C&amp;hange the password</translation>
    </message>
    <message>
        <source>Asking for the points of sales…</source>
        <translation>Asking for the points of sales…</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of sales for this login.</source>
        <translation>
            <numerusform>%n point of sales for this login.</numerusform>
            <numerusform>%n points of sales for this login.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying the login…</source>
        <translation>Trying the login…</translation>
    </message>
    <message>
        <source>The login fails: %1</source>
        <translation>The login fails: %1</translation>
    </message>
    <message>
        <source>The login works: contact %1.</source>
        <translation>The login works: contact %1.</translation>
    </message>
    <message>
        <source>A remember-me cookie is ready to copy.</source>
        <translation>A remember-me cookie is ready to copy.</translation>
    </message>
    <message>
        <source>No remember-me cookie: %1</source>
        <translation>No remember-me cookie: %1</translation>
    </message>
    <message>
        <source>The remember-me cookie is on the clipboard.</source>
        <translation>The remember-me cookie is on the clipboard.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <source>A new password was mailed to %1.</source>
        <translation>A new password was mailed to %1.</translation>
    </message>
    <message>
        <source>Type the current password.</source>
        <translation>Type the current password.</translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation>The new password and its confirmation differ.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>The password was changed.</translation>
    </message>
</context>
<context>
    <name>contactdesk::ui::VerifyTokenDialog</name>
    <message>
        <source>Verify a registration token</source>
        <translation>Verify a registration token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Consume it (a single-use token then stops working)</source>
        <translation>&amp;Consume it (a single-use token then stops working)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Not valid: %1</translation>
    </message>
    <message>
        <source>Valid: contact id %1, %2</source>
        <translation>Valid: contact id %1, %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for S-360 contacts and Symphony registration tokens.</source>
        <translation>Desktop client for S-360 contacts and Symphony registration tokens.</translation>
    </message>
    <message>
        <source>Run the demo sandbox on a temporary database.</source>
        <translation>Run the demo sandbox on a temporary database.</translation>
    </message>
    <message>
        <source>Individuals seeded into a new demo database.</source>
        <translation>Individuals seeded into a new demo database.</translation>
    </message>
    <message>
        <source>Save screenshots of a scripted tour into a folder, then quit.</source>
        <translation>Save screenshots of a scripted tour into a folder, then quit.</translation>
    </message>
    <message>
        <source>Test builds: drive the window from a script file.</source>
        <translation>Test builds: drive the window from a script file.</translation>
    </message>
</context>
</TS>
