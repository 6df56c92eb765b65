/*
 * The scorecard page's autosave (ScorecardDraftServlet): on every change of a field, and two seconds after typing
 * stops, the draft is sent as the API's scorecard JSON with the version the page last saw; the answer's version goes
 * into the form's hidden version field (the buttons post it) and its "Saved at" line into the save status. One save
 * at a time: a change during a save is sent right after it. A button click waits until the draft is saved, so that
 * the button's post carries the newest version. Nothing to do when the form has no data-autosave="true" (a submitted
 * scorecard changes only by amendment); a check every 15 s saves what no event announced. Listeners sit on the
 * document: the buttons' updates replace the form.
 */
(function () {
    'use strict';
    var FORM = 'scorecard-form';
    var TYPING_PAUSE = 2000;
    var inFlight = null;
    var again = false;
    var lastSent = null;
    var typingTimer = null;
    var waiting = [];
    var releasing = false;

    function form() {
        var f = document.getElementById(FORM);
        return f && f.getAttribute('data-autosave') === 'true' ? f : null;
    }

    function byId(id) {
        return document.getElementById(FORM + ':' + id);
    }

    function value(element) {
        return element ? element.value : '';
    }

    function blank(text) {
        return !text || !text.trim();
    }

    /** The typed draft, left out as the form leaves it out: blank ratings, notes and questions. */
    function draft(f) {
        var body = {ratings: [], questionNotes: [], candidateQuestions: [], dealBreakers: []};
        f.querySelectorAll('fieldset[data-competency]').forEach(function (fieldset) {
            var rating = fieldset.querySelector('input[type=radio][name$=":rating"]:checked');
            var evidence = value(fieldset.querySelector('textarea[id$=":evidence"]'));
            if (rating || !blank(evidence)) {
                var item = {competency: fieldset.getAttribute('data-competency'), evidence: evidence};
                if (rating) {
                    item.rating = parseInt(rating.value, 10);
                }
                body.ratings.push(item);
            }
            fieldset.querySelectorAll('[data-question]').forEach(function (question) {
                var note = value(question.querySelector('textarea[id$=":note"]'));
                if (!blank(note)) {
                    body.questionNotes.push({questionId: parseInt(question.getAttribute('data-question'), 10), note: note});
                }
            });
        });
        f.querySelectorAll('.candidate-question').forEach(function (row) {
            var question = value(row.querySelector('input[id$=":question"]'));
            if (!blank(question)) {
                body.candidateQuestions.push({question: question, answer: value(row.querySelector('textarea[id$=":answer"]'))});
            }
        });
        f.querySelectorAll('input[type=checkbox][name="' + FORM + ':deal-breakers"]:checked').forEach(function (box) {
            body.dealBreakers.push(box.value);
        });
        body.keyTakeaways = value(byId('takeaways'));
        var recommendation = f.querySelector('input[type=radio][name="' + FORM + ':recommendation"]:checked');
        if (recommendation) {
            body.overallRecommendation = recommendation.value;
        }
        return JSON.stringify(body);
    }

    function show(text, failed) {
        var status = byId('save-status');
        if (!status) {
            return;
        }
        var line = document.createElement('span');
        line.id = FORM + (failed ? ':save-error' : ':saved-at');
        line.className = failed ? 'save-error' : '';
        line.textContent = text;
        Array.prototype.slice.call(status.childNodes).forEach(function (node) {
            if (node !== byId('version')) {
                status.removeChild(node);
            }
        });
        status.appendChild(line);
    }

    function settled() {
        inFlight = null;
        if (again) {
            again = false;
            save();
        } else {
            waiting.splice(0).forEach(function (resume) { resume(); });
        }
    }

    function save(leaving) {
        var f = form();
        if (!f) {
            return;
        }
        if (inFlight) {
            again = true;
            return;
        }
        var body = draft(f);
        var version = byId('version');
        if (body === lastSent || !version) {
            settled();
            return;
        }
        var url = f.getAttribute('data-autosave-url') + '&version=' + encodeURIComponent(version.value);
        inFlight = fetch(url, {
            method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual', keepalive: !!leaving,
            headers: {'Content-Type': 'application/json', 'X-Parley-Csrf': f.getAttribute('data-csrf')}
        }).then(function (response) {
            var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
            if (response.ok && json) {
                return response.json().then(function (saved) {
                    lastSent = body;
                    var field = byId('version');
                    if (field) {
                        field.value = saved.version;
                    }
                    show(saved.savedText, false);
                });
            }
            if (json) {
                return response.json().then(function (problem) { show(problem.detail, true); });
            }
            show(f.getAttribute('data-autosave-lost') || 'Not saved: please sign in again.', true);
        }).catch(function () {
            show(f.getAttribute('data-autosave-offline') || 'Not saved: the server cannot be reached.', true);
        }).then(settled, settled);
    }

    function inForm(event) {
        return event.target && event.target.form && event.target.form.id === FORM && form();
    }

    document.addEventListener('change', function (event) {
        if (inForm(event)) {
            clearTimeout(typingTimer);
            save();
        }
    });
    document.addEventListener('input', function (event) {
        if (inForm(event)) {
            clearTimeout(typingTimer);
            typingTimer = setTimeout(save, TYPING_PAUSE);
        }
    });
    // a button's post must carry the newest version: hold the click until the draft is saved, then click again
    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest && event.target.closest('button');
        if (releasing || !button || !button.form || button.form.id !== FORM || !form()) {
            return;
        }
        clearTimeout(typingTimer);
        if (!inFlight && draft(form()) === lastSent) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        waiting.push(function () {
            releasing = true;
            try {
                button.click();
            } finally {
                releasing = false;
            }
        });
        save();
    }, true);
    window.addEventListener('pagehide', function () {
        var f = form();
        if (f && !inFlight && draft(f) !== lastSent) {
            save(true);
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        var f = form();
        if (f) {
            lastSent = draft(f);
        }
    });
    // what no event announces (a quick pick's question, a field filled in by the browser) is saved within 15 s
    setInterval(function () {
        var f = form();
        if (f && !inFlight && draft(f) !== lastSent) {
            save();
        }
    }, 15000);
    /** For browser tests: whether a save is under way or waiting. */
    window.parleyAutosave = {
        busy: function () {
            return inFlight !== null || again || waiting.length > 0;
        }
    };
}());
