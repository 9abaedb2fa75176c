#!/usr/bin/python3
"""A third-party SOAP client, built from the sandbox's WSDLs alone, calls every operation.

Issue 3 asks for a WSDL "complete enough that a third-party SOAP client can call every operation
from it alone". This test proves it with zeep (Debian's python3-zeep), which knows nothing of
ContactDesk: it reads `?wsdl` / `?WSDL`, builds the requests from the schema, sends them and parses
the answers against that schema. It starts `contactdesk-sandbox --memory --port 0 --print-secrets`
and calls:
  - the 12 ContactInformationPublicService, 4 ContactAuthenticationPublicService and 2
    ContactSocialLoginService operations over SOAP 1.1 (WS-Security UsernameToken);
  - the 2 Symphony operations over each of the four ports the WSDL declares (SOAP 1.1, SOAP 1.2,
    HTTP GET, HTTP POST) with the signed AuthenticationHeader / extra pairs;
  - failure paths: a wrong operator password and a forged signature are SOAP faults.

Usage: zeep_every_operation.py PATH/TO/contactdesk-sandbox
Exit 0 when every check holds; otherwise prints the failed check and exits 1.
"""

import base64
import datetime
import hashlib
import hmac
import json
import re
import subprocess
import sys
import time
import urllib.request
import uuid

import zeep
import zeep.exceptions
from zeep.wsse.username import UsernameToken

SYMPHONY_NS = "https://developer.sym-online.com/API/1_0/SOAP/"
S360 = "/tnco/external-remoting/com.secutix.service.contact."
SERVICES = {
    "info": S360 + "v2_21.ContactInformationPublicService.webservice",
    "auth": S360 + "v2_21.ContactAuthenticationPublicService.webservice",
    "social": S360 + "sociallogin.v1_0.ContactSocialLoginService.webservice",
}
SYMPHONY = "/API/1_0/SOAP/SymphonyAPI.asmx"

checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        print(f"FAIL: {what}", file=sys.stderr)
        sys.exit(1)


def start_sandbox(binary):
    process = subprocess.Popen(
        [binary, "--memory", "--port", "0", "--seed-contacts", "300", "--rate-limit", "0", "--print-secrets"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        key, _, value = line.strip().partition(": ")
        if line.startswith("ContactDesk sandbox listening on "):
            lines["url"] = line.split(" on ", 1)[1].strip()
        elif value:
            lines[key] = value
        if "Symphony API secret" in lines:
            return process, lines
    process.kill()
    print(f"FAIL: the sandbox did not print its base URL and secrets: {lines}", file=sys.stderr)
    sys.exit(1)


def secret_bytes(printed):
    return base64.b64decode(printed[len("base64:"):]) if printed.startswith("base64:") else printed.encode()


def symphony_auth(key, secret, operation):
    timestamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    message = f"{key}\n{timestamp}\n{operation}".encode()
    signature = base64.b64encode(hmac.new(secret, message, hashlib.sha256).digest()).decode()
    return {"Timestamp": timestamp, "Operation": operation, "Signature": signature, "APIKey": key}


def latest_token(url, email):
    """The code of the newest token mail sent to `email` (the outbox lists newest first)."""
    with urllib.request.urlopen(url + "/sandbox/outbox") as answer:
        mails = json.load(answer)
    for mail in mails:
        if mail.get("to") == email:
            lines = [line.strip() for line in mail.get("body", "").splitlines() if line.strip()]
            return lines[-1] if lines else None
    return None


def s360_calls(url, login, password):
    wsse = UsernameToken(login, password)
    info = zeep.Client(url + SERVICES["info"] + "?wsdl", wsse=wsse).service
    auth = zeep.Client(url + SERVICES["auth"] + "?WSDL", wsse=wsse).service
    social = zeep.Client(url + SERVICES["social"] + "?wsdl", wsse=wsse).service

    def ok(result, what):
        check(result is not None and result.statusCode == "success",
              f"{what}: statusCode {getattr(result, 'statusCode', None)} ({getattr(result, 'statusDetail', None)})")
        return result

    types = ok(info.getStructureTypes(), "getStructureTypes")
    check(len(types.structureTypes) == 4, "getStructureTypes: four structure types")
    criteria = ok(info.getAvailableContactCriteria(), "getAvailableContactCriteria")
    check(len(criteria.contactCriteria) >= 8, "getAvailableContactCriteria: at least eight criteria")
    authorizations = ok(info.getAvailableAutorizations(), "getAvailableAutorizations")
    check(len(authorizations.authorizations) == 6, "getAvailableAutorizations: six authorizations")
    numbers = ok(info.getAvailableAdmnistrativeNumbers(), "getAvailableAdmnistrativeNumbers")
    check(len(numbers.administrativeNumbers) == 3, "getAvailableAdmnistrativeNumbers: three numbers")

    found = ok(info.searchContactByCriteria({"contactType": "INDIVIDUAL", "maxResults": 5}), "searchContactByCriteria")
    check(found.totalNumber >= 5 and len(found.contacts) == 5, "searchContactByCriteria: five rows of many")
    first = found.contacts[0]
    data = ok(info.getContactData(first.contactNumber, ["GENERAL", "ADDRESSES", "COM_MEANS", "CRITERIA"]),
              "getContactData")
    check(data.contactNumber == first.contactNumber and data.individualContact is not None,
          "getContactData: the contact asked for, with its identity")

    identifier = uuid.uuid4().int % (2**62)
    person = {"identifier": identifier, "email": "zeep.client@example.org",
              "individualContact": {"individualTitle": "MRS", "individualFirstName": "Zoë",
                                    "individualLastName": "Zeepmann", "individualLanguage": "fr"},
              "addresses": [{"addressTypes": ["MAIN"], "line1": "Rue du Test 1", "zipCode": "1200",
                             "town": "Genève", "countryCode": "CH"}]}
    created = ok(info.saveIndividualContactData(person), "saveIndividualContactData (create)")
    again = ok(info.saveIndividualContactData(person), "saveIndividualContactData (retried create)")
    check(again.contactNumber == created.contactNumber, "a retried create with the same identifier: the same contact")
    ok(info.saveIndividualContactData({"contactNumber": created.contactNumber, "function": "Tester",
                                       "expectedLastModificationDate": again.lastModificationDate}),
       "saveIndividualContactData (update)")
    reread = ok(info.getContactData(created.contactNumber, ["GENERAL", "ADDRESSES"]), "getContactData (created)")
    check(reread.individualContact.individualFirstName == "Zoë" and reread.function == "Tester",
          "the created contact reads back with the accented name and the updated function")
    conflict = info.saveIndividualContactData({"contactNumber": created.contactNumber, "function": "Late",
                                               "expectedLastModificationDate": created.lastModificationDate})
    check(conflict.statusCode == "conflict", f"a stale expectedLastModificationDate: conflict, got {conflict.statusCode}")
    invalid = info.saveIndividualContactData({"individualContact": {"individualLastName": "X" * 101}})
    check(invalid.statusCode == "invalid" and "individualLastName" in (invalid.statusDetail or ""),
          "a 101-character last name: invalid, naming the field")

    structure = ok(info.saveStructureContactData({
        "identifier": identifier + 1,
        "structureContact": {"structureName": "Zeep Ensemble", "structureCode": "ZEEP1",
                             "structureTypeCode": types.structureTypes[0].code,
                             "relayContactNumber": created.contactNumber}}), "saveStructureContactData (create)")
    uid = next(n for n in numbers.administrativeNumbers if n.code == "CH_UID")
    check(uid.pattern is not None and re.fullmatch(uid.pattern, "CHE-123.456.789") is not None,
          "getAvailableAdmnistrativeNumbers: CH_UID with its pattern")
    ok(info.saveStructureAdministrativeNumbers(structure.contactNumber, [{"code": "CH_UID", "value": "CHE-123.456.789"}]),
       "saveStructureAdministrativeNumbers")
    bad = info.saveStructureAdministrativeNumbers(structure.contactNumber, [{"code": "CH_UID", "value": "CHE-12"}])
    check(bad.statusCode == "invalid", f"an administrative number off its pattern: invalid, got {bad.statusCode}")
    stored = ok(info.getContactData(structure.contactNumber, ["GENERAL"]), "getContactData (structure)")
    check([(n.code, n.value) for n in stored.structureContact.administrativeNumbers] == [("CH_UID", "CHE-123.456.789")],
          "the structure keeps the valid number only")
    member = ok(info.saveStructureMember({"structureContactNumber": structure.contactNumber,
                                          "individualContact": {"individualFirstName": "Max",
                                                                "individualLastName": "Mitglied"},
                                          "function": "Cellist", "memberRole": "MEMBER"}), "saveStructureMember")
    members = ok(info.listStructureMembersByCriteria({"structureContactNumber": structure.contactNumber}),
                 "listStructureMembersByCriteria")
    check(members.totalNumber == 2, f"the structure lists its relay and the new member, got {members.totalNumber}")
    ok(info.deleteStructureMember(structure.contactNumber, member.contactNumber), "deleteStructureMember")
    members = ok(info.listStructureMembersByCriteria({"structureContactNumber": structure.contactNumber}),
                 "listStructureMembersByCriteria (after delete)")
    check(members.totalNumber == 1, "after deleteStructureMember only the relay is left")

    demo = {"login": "anna.demo@example.ch", "password": "Sandbox-Demo-1", "contactTypeScope": "INDIVIDUAL",
            "rememberMe": True}
    points = ok(auth.listAuthorizedPOS(demo), "listAuthorizedPOS")
    check(len(points.pointsOfSales) >= 1, "listAuthorizedPOS: at least one point of sales")
    demo["pointOfSalesId"] = points.pointsOfSales[0].pointOfSalesId
    session = ok(auth.authenticate(demo), "authenticate")
    check(bool(session.identification) and bool(session.uniqueToken), "authenticate with rememberMe: a token pair")
    wrong = auth.authenticate({**demo, "password": "not-the-password"})
    check(wrong.statusCode == "authfail", f"a wrong contact password: authfail, got {wrong.statusCode}")
    ok(auth.changePassword(session.contactNumber, "Sandbox-Demo-1", "Sandbox-Demo-2"), "changePassword")
    ok(auth.authenticate({**demo, "password": "Sandbox-Demo-2"}), "authenticate with the new password")
    ok(auth.recoverPassword("anna.demo@example.ch", None), "recoverPassword")
    stale = auth.authenticate({**demo, "password": "Sandbox-Demo-2"})
    check(stale.statusCode == "authfail", f"after recoverPassword the old password fails, got {stale.statusCode}")

    ok(social.addLink(created.contactNumber, "GOOGLE", "google-zeep-1"), "addLink")
    signup = ok(social.createUser({"email": "social.zeep@example.org", "firstname": "Sofia", "lastname": "Social",
                                   "gender": "FEMALE", "lang": "de"}, "FACEBOOK", "fb-zeep-1"), "createUser")
    check(bool(signup.contactNumber), "createUser: a contact number")

    wrong_operator = zeep.Client(url + SERVICES["info"] + "?wsdl", wsse=UsernameToken(login, password + "x")).service
    try:
        wrong_operator.getStructureTypes()
        check(False, "a wrong operator password must be a SOAP fault")
    except zeep.exceptions.Fault as fault:
        check(fault.code is not None and "Client" in str(fault.code), f"wrong operator password: a Client fault ({fault.code})")
    return created


def symphony_calls(url, key, secret, contact_id, email):
    client = zeep.Client(url + SYMPHONY + "?WSDL")
    header_type = client.get_element(f"{{{SYMPHONY_NS}}}AuthenticationHeader")
    ports = ["SymphonyAPISoap", "SymphonyAPISoap12", "SymphonyAPIHttpGet", "SymphonyAPIHttpPost"]
    for port in ports:
        service = client.bind("SymphonyAPI", port)
        soap = "Soap" in port
        for operation in ("GenerateTokenForContact", "VerifyTokenForContact"):
            auth = symphony_auth(key, secret, operation)
            if operation == "GenerateTokenForContact":
                args = {"tokenType": "ContactRegistration", "contactId": contact_id, "isSingleUse": True}
            else:
                token = latest_token(url, email)
                check(token is not None, f"{port}: the token mail is in the outbox")
                args = {"tokenType": "ContactRegistration", "token": token, "consume": True}
            if soap:
                result = getattr(service, operation)(**args, _soapheaders=[header_type(**auth)])
                contact, mail = result.ContactId, result.ContactEmail
            else:
                args = {k: (str(v).lower() if isinstance(v, bool) else str(v)) for k, v in args.items()}
                result = getattr(service, operation)(**args, **auth)
                contact, mail = _http_result(result)
            check(int(contact) == contact_id and mail == email,
                  f"{port} {operation}: ContactId {contact} / ContactEmail {mail}")
    forged = symphony_auth(key, secret, "VerifyTokenForContact")  # signed for another operation
    try:
        client.bind("SymphonyAPI", "SymphonyAPISoap12").GenerateTokenForContact(
            tokenType="ContactRegistration", contactId=contact_id, isSingleUse=True,
            _soapheaders=[header_type(**forged)])
        check(False, "a signature for another operation must be a SOAP fault")
    except zeep.exceptions.Fault as fault:
        check("Sender" in str(fault.code) or "Client" in str(fault.code), f"forged signature: a Sender fault ({fault.code})")


def _http_result(result):
    # zeep hands the HTTP GET/POST answer back as the parsed element: an object, or a dict-like.
    if hasattr(result, "ContactId"):
        return result.ContactId, result.ContactEmail
    if isinstance(result, dict):
        return result.get("ContactId"), result.get("ContactEmail")
    values = {child.tag.split("}")[-1]: child.text for child in result}
    return values.get("ContactId"), values.get("ContactEmail")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    process, printed = start_sandbox(sys.argv[1])
    try:
        url = printed["url"]
        created = s360_calls(url, printed["Operator login"], printed["Operator password"])
        info = zeep.Client(url + SERVICES["info"] + "?wsdl",
                           wsse=UsernameToken(printed["Operator login"], printed["Operator password"])).service
        contact = info.getContactData(created.contactNumber, ["GENERAL"])
        symphony_calls(url, printed["Symphony API key"], secret_bytes(printed["Symphony API secret"]),
                       int(contact.contactId), contact.email)
    finally:
        process.terminate()
        rest = process.communicate(timeout=60)[0]
    # SIGTERM is a clean shutdown: exit 0 (under the sanitizer preset a leak or report would not be).
    check(process.returncode == 0, f"the sandbox exits 0 on SIGTERM, got {process.returncode}: {rest[-2000:]}")
    print(f"zeep: {checks} checks passed: every operation called from the WSDLs alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
