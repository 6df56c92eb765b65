#!/usr/bin/env python3
"""By hand: signs in through the load balancer, kills (SIGKILL) the instance that serves the session, asks again.
Usage: ops/cluster/failover-probe.py [user] (default hana, an hr-admin: the kit list needs that role).
Prints which instance served each request, whether the session is still signed in with its role, and what a
postback of a form rendered by the dead instance (the kit list's search) gets on the other."""
import http.cookiejar, os, re, signal, sys, time, urllib.error, urllib.parse, urllib.request

base = "http://localhost:%s/parley/" % os.environ.get("PARLEY_CLUSTER_PORT", "8080")
user = sys.argv[1] if len(sys.argv) > 1 else "hana"
here = os.path.dirname(os.path.abspath(__file__))
nodes = os.path.join(here, ".work/payara6/glassfish/nodes/localhost-parley-cluster")
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(path):
    """Status, final path (after redirects, e.g. to the login page) and body."""
    try:
        response = opener.open(base + path)
        return response.status, urllib.parse.urlparse(response.geturl()).path, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, path, e.read().decode(errors="replace")


def node():
    return next((c.value for c in jar if c.name == "PARLEY_NODE"), "?")


page = opener.open(base + "login.xhtml")
body = page.read().decode()
form = {"login": "login", "login:username": user, "login:password": "parley", "login:submit": "",
        "jakarta.faces.ViewState": re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', body).group(1)}
nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", body)
if nonce:
    form["primefaces.nonce"] = nonce.group(1)
opener.open(page.geturl(), urllib.parse.urlencode(form).encode()).read()
for label in ("before", "after"):
    status, _, home = get("")
    kits, landed, page = get("kits/kit-list.xhtml")
    print(f"{label}: instance {node()}, home {status} signed in {'signout' in home}, kit list {kits} at {landed}")
    if label == "after" and state:
        search = {"search": "search", "search:query": "backend", "search:search-button": "",
                  "jakarta.faces.ViewState": state, "primefaces.nonce": nonce}
        try:
            response = opener.open(base + "kits/kit-list.xhtml", urllib.parse.urlencode(search).encode())
            status, body = response.status, response.read().decode()
        except urllib.error.HTTPError as e:
            status, body = e.code, e.read().decode(errors="replace")
        title = re.search(r"<title>([^<]*)</title>", body)
        print(f"postback of the old view: {status}, page title {title.group(1) if title else '?'!r},"
              f" demo kit listed {'backend-engineer-onsite' in body}")
    if label == "before":
        found = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page)
        state = found.group(1) if kits == 200 and found else None
        found = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page)
        nonce = found.group(1) if found else ""
        victim = node()
        pid = int(open(os.path.join(nodes, victim, "config/pid")).read().strip())
        os.kill(pid, signal.SIGKILL)
        print(f"killed {victim} (pid {pid})")
        time.sleep(1)
