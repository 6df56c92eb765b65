/*
 * No lost input when a page must be opened again (ViewExpiredReload): what a person types into a page's fields is
 * kept in this tab's sessionStorage under the page's address; when the server reopens the page with "restored=1"
 * (its view could not be restored), the fields are filled in again, a notice says so, and the flag leaves the
 * address. Passwords, hidden and file fields are never kept; signing out (the login page) forgets everything kept.
 */
(function () {
    'use strict';

    var PREFIX = 'parley.input:';
    var FLAG = 'restored';
    var TYPES = ['text', 'search', 'email', 'number', 'url', 'tel', 'date', 'time', 'datetime-local', 'checkbox',
        'radio'];

    function storage() {
        try {
            return window.sessionStorage;
        } catch (e) {
            return null; // storage switched off: nothing is kept
        }
    }

    function pageSearch() {
        var params = new URLSearchParams(window.location.search);
        params.delete(FLAG);
        var query = params.toString();
        return query ? '?' + query : '';
    }

    function key() {
        return PREFIX + window.location.pathname + pageSearch();
    }

    function keepable(element) {
        if (!element || !element.id || !element.form || element.disabled || element.readOnly) {
            return false;
        }
        if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') {
            return true;
        }
        return element.tagName === 'INPUT' && TYPES.indexOf((element.type || 'text').toLowerCase()) >= 0;
    }

    function isChoice(element) {
        return element.type === 'checkbox' || element.type === 'radio';
    }

    function keep() {
        var store = storage();
        if (!store) {
            return;
        }
        var values = {};
        var fields = document.querySelectorAll('form input, form textarea, form select');
        for (var i = 0; i < fields.length; i++) {
            if (keepable(fields[i])) {
                values[fields[i].id] = isChoice(fields[i]) ? fields[i].checked : fields[i].value;
            }
        }
        try {
            store.setItem(key(), JSON.stringify(values));
        } catch (e) {
            // storage full: the page works on without it
        }
    }

    function forgetAll(store) {
        for (var i = store.length - 1; i >= 0; i--) {
            var name = store.key(i);
            if (name && name.indexOf(PREFIX) === 0) {
                store.removeItem(name);
            }
        }
    }

    function fillIn(values) {
        Object.keys(values).forEach(function (id) {
            var element = document.getElementById(id);
            if (!keepable(element)) {
                return;
            }
            var value = values[id];
            var changed = isChoice(element) ? element.checked !== value : element.value !== value;
            if (!changed) {
                return;
            }
            if (isChoice(element)) {
                element.checked = value;
            } else {
                element.value = value;
                element.dispatchEvent(new Event('input', {bubbles: true}));
            }
            element.dispatchEvent(new Event('change', {bubbles: true}));
        });
    }

    function start() {
        var store = storage();
        if (!store) {
            return;
        }
        if (!document.getElementById('user-name')) {
            forgetAll(store); // signed out: nothing typed stays in the tab
            return;
        }
        var params = new URLSearchParams(window.location.search);
        if (params.has(FLAG)) {
            window.history.replaceState(null, '', window.location.pathname + pageSearch() + window.location.hash);
            var notice = document.getElementById('page-restored');
            if (notice) {
                notice.hidden = false;
            }
            var kept = store.getItem(key());
            if (kept) {
                try {
                    fillIn(JSON.parse(kept));
                } catch (e) {
                    store.removeItem(key());
                }
            }
        }
        document.addEventListener('input', keep, true);
        document.addEventListener('change', keep, true);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
