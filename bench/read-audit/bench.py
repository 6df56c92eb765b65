#!/usr/bin/env python3
"""The read audit's cost (issue 21): medians of repeated reads that are recorded, against a running Parley.

Sets up one interview whose debrief is open (max leads, ines), then, one client after the other, sends WARM
requests and then N timed ones of: the ATS reading the scorecards (API, 2 records each) and max opening the debrief
page (1 record each), ines opening the interview and scorecard pages (max's scorecard, 1 record each). Prints the
median, p90 and mean in milliseconds. bench/read-audit/ab runs it alternately against a build with the read audit
and one without (same server, same database).

    bench/read-audit/bench.py [base-url] [n]
"""
import http.cookiejar
import json
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080/parley").rstrip("/")
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
WARM = 100
REQUIRED = ["system-design", "code-quality", "debugging-operations"]


def api(method, path, token, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(BASE + "/api/v1/" + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def debrief_interview():
    starts = (datetime.now(timezone.utc) - timedelta(days=1)).replace(microsecond=0).isoformat()
    created = api("POST", "interviews", "demo-ats-token", {
        "candidate": {"externalId": "c-" + str(uuid.uuid4()), "name": "Bench Read", "email": "b@example.com"},
        "job": {"externalId": "job-9", "title": "Backend Engineer"}, "kitKey": "backend-engineer-onsite",
        "startsAt": starts, "durationMinutes": 60, "location": "Room 2",
        "panel": [{"userId": "max", "lead": True}, {"userId": "ines", "lead": False}]})
    i = created["id"]
    version = api("GET", f"interviews/{i}", "demo-max-token")["agenda"]["version"]
    api("PUT", f"interviews/{i}/agenda", "demo-max-token", {"version": version, "items": [
        {"kind": "WELCOME", "title": "Welcome", "minutes": 5, "ownerUserId": "max"},
        {"kind": "COMPETENCY", "title": "Design", "minutes": 20, "ownerUserId": "ines", "competencies": REQUIRED},
        {"kind": "COMPETENCY", "title": "Ops", "minutes": 20, "ownerUserId": "max", "competencies": REQUIRED},
        {"kind": "CANDIDATE_QUESTIONS", "title": "Your questions", "minutes": 10, "ownerUserId": "max"},
        {"kind": "WRAP_UP", "title": "Wrap-up", "minutes": 5, "ownerUserId": "max"}]})
    api("POST", f"interviews/{i}/agenda/propose", "demo-max-token")
    for member in ("ines", "max"):
        api("POST", f"interviews/{i}/agenda/approve", f"demo-{member}-token")
    for member in ("ines", "max"):
        token = f"demo-{member}-token"
        api("PUT", f"interviews/{i}/scorecards/mine", token, {
            "version": 0,
            "ratings": [{"competency": c, "rating": 3, "evidence": member + " evidence"} for c in REQUIRED],
            "candidateQuestions": [{"question": "On-call?", "answer": "One week in six"}], "dealBreakers": [],
            "keyTakeaways": "Solid", "overallRecommendation": "YES"})
        api("POST", f"interviews/{i}/scorecards/mine/submit", token)
    return i


def signed_in(user):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = opener.open(BASE + "/login.xhtml").read().decode()
    form = {"login": "login", "login:username": user, "login:password": "parley", "login:submit": "",
            "jakarta.faces.ViewState": re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page)[1]}
    nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page)
    if nonce:
        form["primefaces.nonce"] = nonce[1]
    opener.open(BASE + "/login.xhtml", urllib.parse.urlencode(form).encode()).read()
    return opener


def timed(label, fetch):
    for _ in range(WARM):
        fetch()
    times = []
    for _ in range(N):
        start = time.perf_counter()
        fetch()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{label}: n={N} median={statistics.median(times):.2f} ms p90={times[int(N * 0.9)]:.2f} ms "
          f"mean={statistics.mean(times):.2f} ms")


def main():
    i = debrief_interview()
    scorecards = urllib.request.Request(BASE + f"/api/v1/interviews/{i}/scorecards")
    scorecards.add_header("Authorization", "Bearer demo-ats-token")
    timed("GET /api/v1/interviews/{id}/scorecards (ats)", lambda: urllib.request.urlopen(scorecards).read())
    max_ = signed_in("max")
    page = max_.open(BASE + f"/interviews/debrief.xhtml?id={i}").read().decode()
    assert "ines evidence" in page, "max does not see the debrief"
    timed("GET /interviews/debrief.xhtml (max)",
          lambda: max_.open(BASE + f"/interviews/debrief.xhtml?id={i}").read())
    ines = signed_in("ines")
    page = ines.open(BASE + f"/interviews/interview.xhtml?id={i}").read().decode()
    assert "max evidence" in page, "ines does not see max's scorecard"
    timed("GET /interviews/interview.xhtml (ines)",
          lambda: ines.open(BASE + f"/interviews/interview.xhtml?id={i}").read())
    timed("GET /interviews/scorecard.xhtml (ines)",
          lambda: ines.open(BASE + f"/interviews/scorecard.xhtml?id={i}").read())


if __name__ == "__main__":
    main()
