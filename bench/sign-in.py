#!/usr/bin/env python3
"""Signs in to Parley (login form or OpenID Connect) and prints the session cookie for wrk (bench/sign-in-cost)."""
import http.cookiejar, re, sys, urllib.parse, urllib.request
base = sys.argv[1]          # http://127.0.0.1:8080/parley/
mode = sys.argv[2]          # form | oidc
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(base)
body = page.read().decode()
if mode == "form":
    vs = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', body).group(1)
    nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", body)
    form = {"login": "login", "login:username": sys.argv[3], "login:password": sys.argv[4], "login:submit": "",
            "jakarta.faces.ViewState": vs}
    if nonce:
        form["primefaces.nonce"] = nonce.group(1)
    opener.open(page.geturl(), urllib.parse.urlencode(form).encode()).read()
home = opener.open(base).read().decode()
assert "signout" in home, "not signed in: " + home[:300]
print("; ".join(f"{c.name}={c.value}" for c in jar if c.name.upper().startswith("JSESSIONID")))
