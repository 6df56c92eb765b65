/*
 * The analytics pages' script (loaded from Parley itself, so the Content-Security-Policy allows it).
 * 1. The filter form: the version and competency lists offer only the chosen kit's; empty fields are not sent, so
 *    the address names only the filters in use. Without the script every option shows and the server checks.
 * 2. Chart extenders (p:chart extender="parleyCharts.…"): what a Chart.js configuration cannot say in JSON.
 */
(function () {
    'use strict';

    function narrow(form) {
        var kit = form.querySelector('select[name="kit"]');
        if (!kit) {
            return;
        }
        ['version', 'competency'].forEach(function (name) {
            var select = form.querySelector('select[name="' + name + '"]');
            if (!select) {
                return;
            }
            Array.prototype.forEach.call(select.options, function (option) {
                var own = !option.hasAttribute('data-kit')
                    || (kit.value !== '' && option.getAttribute('data-kit') === kit.value);
                option.hidden = !own;
                option.disabled = !own;
                if (!own && option.selected) {
                    select.value = '';
                }
            });
        });
    }

    function init() {
        var form = document.getElementById('filter');
        if (!form) {
            return;
        }
        var kit = form.querySelector('select[name="kit"]');
        narrow(form);
        if (kit) {
            kit.addEventListener('change', function () {
                narrow(form);
            });
        }
        form.addEventListener('submit', function () {
            Array.prototype.forEach.call(form.elements, function (field) {
                if (field.name && field.value === '') {
                    field.disabled = true;
                }
            });
        });
        // back from the next page (bfcache): the fields disabled on submit are usable again
        window.addEventListener('pageshow', function () {
            Array.prototype.forEach.call(form.elements, function (field) {
                if (field.name) {
                    field.disabled = false;
                }
            });
            narrow(form);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }

    function language() {
        return document.documentElement.lang || 'en';
    }

    function percent(value) {
        return (Number(value) / 100).toLocaleString(language(), {style: 'percent', maximumFractionDigits: 0});
    }

    function number(value, decimals) {
        return Number(value).toLocaleString(language(), {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals
        });
    }

    /** Draws Krippendorff's thresholds as dashed vertical lines with their names. */
    var thresholds = {
        id: 'parleyThresholds',
        afterDatasetsDraw: function (chart) {
            var lines = chart.options.parleyThresholds || chart.config.options.parleyThresholds;
            var x = chart.scales.x;
            if (!lines || !x) {
                return;
            }
            var ctx = chart.ctx;
            ctx.save();
            ctx.strokeStyle = '#4b5563';
            ctx.fillStyle = '#1f2937';
            ctx.setLineDash([4, 4]);
            ctx.font = '12px system-ui, sans-serif';
            lines.forEach(function (line, index) {
                var at = x.getPixelForValue(line.value);
                ctx.beginPath();
                ctx.moveTo(at, chart.chartArea.top);
                ctx.lineTo(at, chart.chartArea.bottom);
                ctx.stroke();
                // one label above the other, so that neighbouring thresholds do not write over each other
                ctx.fillText(line.label + ' ' + number(line.value, 3), at + 4, chart.chartArea.top + 12 + 14 * index);
            });
            ctx.restore();
        }
    };

    window.parleyCharts = {
        /** Alpha per competency: tooltips give the value or the interval, thresholds drawn as lines. */
        alpha: function () {
            var config = this.cfg.config;
            config.options.locale = language();
            config.plugins = (config.plugins || []).concat([thresholds]);
            config.options.plugins.tooltip = {
                callbacks: {
                    label: function (context) {
                        var set = context.dataset;
                        if (set.parleyKind === 'value') {
                            return set.label + ': ' + number(set.parleyValues[context.dataIndex], 2);
                        }
                        return set.label + ': ' + number(context.raw[0], 2) + ' – ' + number(context.raw[1], 2);
                    }
                }
            };
        },
        /** Diverging bars: shares without minus signs, the legend in scale order, a split middle point once. */
        diverging: function () {
            var options = this.cfg.config.options;
            options.locale = language();
            options.scales.x.ticks = {
                callback: function (value) {
                    return percent(Math.abs(value));
                }
            };
            options.plugins.legend.labels = {
                filter: function (item, data) {
                    return !data.datasets[item.datasetIndex].parleyDuplicate;
                },
                sort: function (a, b, data) {
                    return data.datasets[a.datasetIndex].parleyPoint - data.datasets[b.datasetIndex].parleyPoint;
                }
            };
            options.plugins.tooltip = {
                callbacks: {
                    label: function (context) {
                        var set = context.dataset;
                        return set.label + ': ' + percent(Math.abs(context.raw) * set.parleyFactor);
                    }
                }
            };
        }
    };
}());
