/*
 * Newsgraph article page behaviour. A file of its own because the Content-Security-Policy
 * (script-src 'self') forbids inline scripts; it touches the page only through the CSSOM and
 * textContent, never innerHTML, so article text can never become markup here either.
 */
(function () {
  'use strict';

  // Keep DEFAULT_PX equal to ArticlePage.DEFAULT_FONT_PX and to .article-body's font-size in the CSS.
  var DEFAULT_PX = 16;
  var MIN_PX = 12;
  var MAX_PX = 28;
  var STEP_PX = 2;
  var STORAGE_KEY = 'newsgraph.articleFontPx';

  function readSaved() {
    try {
      var saved = parseInt(window.localStorage.getItem(STORAGE_KEY), 10);
      if (saved >= MIN_PX && saved <= MAX_PX) {
        return saved;
      }
    } catch (e) {
      // Storage can be disabled (private windows, strict settings): the default size still works.
    }
    return DEFAULT_PX;
  }

  function save(px) {
    try {
      window.localStorage.setItem(STORAGE_KEY, String(px));
    } catch (e) {
      // As above: not remembering the size is acceptable.
    }
  }

  function setUpTextSize() {
    var body = document.getElementById('article-body');
    var label = document.getElementById('size-label');
    var buttons = document.querySelectorAll('[data-size-step]');
    if (!body || !label) {
      return;
    }
    var size = readSaved();

    function show() {
      body.style.fontSize = size + 'px';
      label.textContent = size + ' px';
      buttons.forEach(function (button) {
        var step = button.getAttribute('data-size-step');
        button.disabled = (step === 'up' && size >= MAX_PX) || (step === 'down' && size <= MIN_PX);
      });
    }

    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var step = button.getAttribute('data-size-step');
        if (step === 'up') {
          size = Math.min(MAX_PX, size + STEP_PX);
        } else if (step === 'down') {
          size = Math.max(MIN_PX, size - STEP_PX);
        } else {
          size = DEFAULT_PX;
        }
        save(size);
        show();
      });
    });
    show();
  }

  // Pointing at an entity in the side column lights up its mentions in the body.
  function setUpEntityFocus() {
    var mentions = document.querySelectorAll('#article-body [data-entity]');
    document.querySelectorAll('.facts [data-entity]').forEach(function (row) {
      var id = row.getAttribute('data-entity');
      function mark(on) {
        mentions.forEach(function (m) {
          if (m.getAttribute('data-entity') === id) {
            m.classList.toggle('ent-focus', on);
          }
        });
      }
      row.addEventListener('mouseenter', function () { mark(true); });
      row.addEventListener('mouseleave', function () { mark(false); });
    });
  }

  function start() {
    setUpTextSize();
    setUpEntityFocus();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
