#!/bin/sh
# Prints the auth test vectors (tests/data/auth/vectors.txt) computed with the openssl CLI,
# independently of the project's code. Regenerate with:
#   sh tests/data/auth/make-vectors.sh > tests/data/auth/vectors.txt
# Every input is printed next to its output, one "name=value" a line, UTF-8.
# These keys are test-only values, never real secrets.
set -eu
export LC_ALL=C.UTF-8

hmac_b64() { # key data -> base64(HMAC-SHA256(key, data))
    printf '%s' "$2" | openssl dgst -sha256 -hmac "$1" -binary | base64 -w0
}
b64url() { # stdin -> base64url without padding
    base64 -w0 | tr '+/' '-_' | tr -d '='
}

# 1. RFC 4231 test case 2 (a sanity anchor) and an HMAC over UTF-8 key and data.
key='Jefe'; data='what do ya want for nothing?'
echo "hmac.rfc4231.key=$key"
echo "hmac.rfc4231.data=$data"
echo "hmac.rfc4231.hex=$(printf '%s' "$data" | openssl dgst -sha256 -hmac "$key" -r | cut -d' ' -f1)"
key='clé-Schlüssel-✓'; data='Grüße aus Zürich, 東京 – ✓'
echo "hmac.utf8.key=$key"
echo "hmac.utf8.data=$data"
echo "hmac.utf8.base64=$(hmac_b64 "$key" "$data")"

# 2. A JWT (CONTRACT 1.3). Header and claims as ContactDesk writes them: compact JSON,
#    claim order sub, aud, iss, iat, exp. iat = 2026-01-01T00:00:00Z, life 30 s.
secret='operator-api-secret-for-tests'
sub='MOSA'; aud='MOSA_B2C'; iss='ContactDesk Partner'
iat=1767225600; exp=$((iat + 30))
header='{"alg":"HS256","typ":"JWT"}'
payload="{\"sub\":\"$sub\",\"aud\":\"$aud\",\"iss\":\"$iss\",\"iat\":$iat,\"exp\":$exp}"
signingInput="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signingInput" | openssl dgst -sha256 -hmac "$secret" -binary | b64url)"
echo "jwt.secret=$secret"
echo "jwt.sub=$sub"
echo "jwt.aud=$aud"
echo "jwt.iss=$iss"
echo "jwt.iat=$iat"
echo "jwt.exp=$exp"
echo "jwt.header=$header"
echo "jwt.payload=$payload"
echo "jwt.token=$signingInput.$signature"
# The same claims signed with another key (the verifier must reject it).
other="$(printf '%s' "$signingInput" | openssl dgst -sha256 -hmac 'another-secret' -binary | b64url)"
echo "jwt.tokenOtherKey=$signingInput.$other"

# 3. Symphony signatures (CONTRACT 2): base64(HMAC-SHA256(secret, APIKey\nTimestamp\nOperation)).
# The key is chosen so that both signatures hold + and / (query- and form-encoding traps).
apiKey='CD-SANDBOX-KEY-0002'; apiSecret='symphony-api-secret-for-tests'; ts='2026-11-23T10:15:00Z'
echo "symphony.apiKey=$apiKey"
echo "symphony.secret=$apiSecret"
echo "symphony.timestamp=$ts"
for op in GenerateTokenForContact VerifyTokenForContact; do
    echo "symphony.$op.signature=$(hmac_b64 "$apiSecret" "$(printf '%s\n%s\n%s' "$apiKey" "$ts" "$op")")"
done
