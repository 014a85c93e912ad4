/* The plan and review pages: while a plan solves, its progress (polling /api/plans/{id} every second, then
   reloading the page once it has ended); once done, the timeline and the cash chart with Apache ECharts from
   /assets/echarts/. The data comes from the page's data attributes; nothing here is inline, as the CSP asks. */
(function () {
  'use strict';

  var OPEN = ['QUEUED', 'SOLVING'];
  var WORDS = {QUEUED: 'Queued', SOLVING: 'Solving', DONE: 'Done', FAILED: 'Failed', CANCELLED: 'Cancelled',
    INTERRUPTED: 'Interrupted'};

  function seconds(s) {
    var whole = Math.round(s);
    return whole < 60 ? whole + ' s' : Math.floor(whole / 60) + ' min ' + (whole % 60) + ' s';
  }

  function money(v) {
    var n = Number(v);
    var text = Math.abs(n).toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2});
    return (n < 0 ? '-$' : '$') + text;
  }

  function shortMoney(v) {
    var n = Number(v), a = Math.abs(n), sign = n < 0 ? '-$' : '$';
    if (a >= 1e6) { return sign + (a / 1e6).toFixed(a >= 1e7 ? 0 : 1) + 'M'; }
    if (a >= 1e3) { return sign + (a / 1e3).toFixed(0) + 'k'; }
    return sign + a.toFixed(0);
  }

  function day(iso) {
    var d = new Date(iso + 'T00:00:00Z');
    return d.toLocaleDateString('en-US', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
  }

  function watch(panel) {
    var url = panel.getAttribute('data-plan-url');
    var limit = Number(panel.getAttribute('data-time-limit'));
    var bar = document.getElementById('plan-progress');
    var label = document.getElementById('plan-progress-label');
    var status = document.getElementById('plan-status');
    var stage = document.getElementById('plan-stage');
    var score = document.getElementById('plan-score');
    function poll() {
      fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (plan) {
          if (!plan) { setTimeout(poll, 1000); return; }
          if (OPEN.indexOf(plan.status) < 0) { window.location.reload(); return; }
          var elapsed = plan.progress ? plan.progress.elapsedSeconds : 0;
          bar.max = Math.max(limit, elapsed);
          bar.value = elapsed;
          label.textContent = 'Elapsed ' + seconds(elapsed) + ' of ' + seconds(limit)
            + (elapsed > limit ? ' (finishing the last checks)' : '');
          status.textContent = WORDS[plan.status] || plan.status;
          stage.textContent = plan.progress && plan.progress.stage ? plan.progress.stage : '–';
          score.textContent = plan.progress && plan.progress.bestScore ? plan.progress.bestScore : '–';
          setTimeout(poll, 1000);
        })
        .catch(function () { setTimeout(poll, 2000); });
    }
    setTimeout(poll, 1000);
  }

  var IDLE = '#5f6b7a', INK = '#1b2430', SOFT = '#4a5563', LINE = '#d5dbe3', BLUE = '#0a58b0', GREEN = '#1e7b34', RED = '#b3261e';
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

  function timeline(el, waves) {
    var DAY = 86400000;
    el.style.height = Math.max(180, 44 * waves.length + 70) + 'px';
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    var data = waves.map(function (w, i) {
      return [i, Date.parse(w.start + 'T00:00:00Z'), Date.parse(w.end + 'T00:00:00Z') + DAY, w.sites, w];
    });
    chart.setOption({
      animation: false,
      textStyle: {fontFamily: FONT, color: INK},
      grid: {left: 80, right: 24, top: 16, bottom: 36},
      tooltip: {
        formatter: function (p) {
          var w = p.value[4];
          return 'Wave ' + w.wave + ': ' + day(w.start) + ' to ' + day(w.end) + ', ' + w.sites + ' site(s)';
        }
      },
      xAxis: {type: 'time', axisLabel: {color: INK}, axisLine: {lineStyle: {color: SOFT}},
        splitLine: {show: true, lineStyle: {color: LINE}}},
      yAxis: {type: 'category', inverse: true, data: waves.map(function (w) { return 'Wave ' + w.wave; }),
        axisLabel: {color: INK, fontSize: 13}, axisLine: {lineStyle: {color: SOFT}}},
      series: [{
        type: 'custom',
        encode: {x: [1, 2], y: 0},
        data: data,
        renderItem: function (params, api) {
          var start = api.coord([api.value(1), api.value(0)]);
          var end = api.coord([api.value(2), api.value(0)]);
          var height = api.size([0, 1])[1] * 0.62;
          var shape = echarts.graphic.clipRectByRect(
            {x: start[0], y: start[1] - height / 2, width: Math.max(3, end[0] - start[0]), height: height},
            {x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height});
          if (!shape) { return null; }
          var sites = api.value(3);
          return {
            type: 'rect', shape: shape, style: {fill: sites > 0 ? BLUE : IDLE},
            textContent: {style: {text: sites + (sites === 1 ? ' site' : ' sites'), fill: '#ffffff',
              font: '600 13px ' + FONT}},
            textConfig: {position: shape.width > 60 ? 'inside' : 'right', inside: shape.width > 60}
          };
        }
      }]
    });
    return chart;
  }

  function cash(el, waves) {
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    function values(key) { return waves.map(function (w) { return Number(w[key]); }); }
    chart.setOption({
      animation: false,
      textStyle: {fontFamily: FONT, color: INK},
      legend: {top: 0, textStyle: {color: INK, fontSize: 13}},
      tooltip: {trigger: 'axis', valueFormatter: money},
      grid: {left: 80, right: 24, top: 44, bottom: 36},
      xAxis: {type: 'category', data: waves.map(function (w) { return 'Wave ' + w.wave; }),
        axisLabel: {color: INK}, axisLine: {lineStyle: {color: SOFT}}},
      yAxis: {type: 'value', axisLabel: {color: INK, formatter: shortMoney},
        splitLine: {lineStyle: {color: LINE}}},
      series: [
        {name: 'Spend', type: 'bar', data: values('spend'), itemStyle: {color: BLUE}, barMaxWidth: 48},
        {name: 'Received', type: 'bar', data: values('received'), itemStyle: {color: GREEN}, barMaxWidth: 48},
        {name: 'Cash balance', type: 'line', data: values('cashBalance'), itemStyle: {color: RED},
          lineStyle: {width: 3}, symbol: 'circle', symbolSize: 8}
      ]
    });
    return chart;
  }

  function draw() {
    var holder = document.getElementById('plan-data');
    if (!holder || typeof echarts === 'undefined') { return; }
    var text = holder.getAttribute('data-waves');
    if (!text) { return; }
    var waves = JSON.parse(text);
    if (!waves.length) { return; }
    var charts = [];
    var t = document.getElementById('timeline-chart');
    if (t) { charts.push(timeline(t, waves)); }
    var c = document.getElementById('cash-chart');
    if (c) { charts.push(cash(c, waves)); }
    window.addEventListener('resize', function () { charts.forEach(function (ch) { ch.resize(); }); });
  }

  var panel = document.getElementById('plan-progress-panel');
  if (panel) { watch(panel); }
  draw();
}());
