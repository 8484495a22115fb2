/* Quizzes and polls, on their pages only (beside the islands script). Without it the forms post
   whole and the server answers (src/answers); with it:
   - a quiz shows one question at a time, says right or not and why once answered, and gives the
     score at the end, then sends the attempt in the background;
   - a poll sends the vote in the background with this phone's own random token, so that the
     phone votes once, and shows the results when the poll allows;
   - the "about you" questions are asked once and remembered on this phone only.
   Plain script, no framework; the words come from the form's data-say. */
;(() => {
  const PROFILE = 'siang:profile'
  const DEVICE = 'siang:device'
  const VOTED = 'siang:voted'
  const all = (root, selector) => Array.from(root.querySelectorAll(selector))

  const stored = (key, fallback) => {
    try {
      return JSON.parse(localStorage.getItem(key) || 'null') ?? fallback
    } catch {
      return fallback
    }
  }
  const store = (key, value) => {
    try {
      localStorage.setItem(key, JSON.stringify(value))
    } catch {
      // Storage refused (private mode): asked again next time.
    }
  }

  /* The profile remembered: its fields filled in and out of the way. */
  function rememberedProfile(form) {
    const box = form.querySelector('[data-profile]')
    const profile = stored(PROFILE, null)
    if (!box || !profile) return
    for (const select of all(box, 'select')) select.value = profile[select.name] || ''
    box.hidden = true
  }
  function profileOf(form) {
    const profile = {}
    for (const select of all(form, '[data-profile] select')) profile[select.name] = select.value
    store(PROFILE, profile)
    return Object.fromEntries(Object.entries(profile).filter(([, v]) => v))
  }

  /* A line with signal but no data can hang for minutes: given up after this. */
  const SEND_WAIT_MS = 15000
  async function send(form, body) {
    const res = await fetch(form.action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, language: document.documentElement.lang }),
      signal: AbortSignal.timeout ? AbortSignal.timeout(SEND_WAIT_MS) : undefined,
    })
    const answer = await res.json().catch(() => ({}))
    const problem = answer.errors?.[0]?.problem || (res.status >= 500 ? 'unavailable' : 'shape')
    return { ok: res.ok, answer, problem }
  }

  /* This page's address for another try: its language and theme kept, the last answer dropped.
     In an embed, the address the page gives (data-here), which names the page framing it. */
  function hereAgain(form, params, hash) {
    const url = new URL(form.dataset.here || location.href, location.href)
    for (const name of ['answers', 'voted', 'error', 'again']) url.searchParams.delete(name)
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value)
    url.hash = hash
    return url.pathname + url.search + url.hash
  }

  /* The form's button, answered on its click, not on "submit": a frame sandboxed without
     allow-forms (as WordPress frames an embed) never fires "submit". */
  function onSend(form, handle) {
    const button = form.querySelector('button[type=submit]')
    button.addEventListener('click', (e) => {
      e.preventDefault()
      if (form.reportValidity()) handle(button)
    })
  }

  const line = (tag, className, text) => {
    const el = document.createElement(tag)
    if (className) el.className = className
    if (text !== undefined) el.textContent = text
    return el
  }

  /* A quiz, one question at a time. */
  function startQuiz(form) {
    const say = JSON.parse(form.dataset.say)
    const questions = all(form, '.quiz-question')
    const submit = form.querySelector('button[type=submit]')
    const profile = form.querySelector('[data-profile]')
    rememberedProfile(form)
    const profileHidden = profile ? profile.hidden : true
    const show = (i) => questions.forEach((q, j) => (q.hidden = j !== i))
    const atEnd = (shown) => {
      submit.hidden = !shown
      if (profile) profile.hidden = !shown || profileHidden
    }
    form.classList.add('one-at-a-time')
    for (const question of questions) {
      const verdict = line('p', 'verdict')
      verdict.setAttribute('role', 'status')
      question.insertBefore(verdict, question.querySelector('.explanation'))
    }
    show(0)
    atEnd(false)

    form.addEventListener('change', (e) => {
      const radio = e.target
      const question = radio.closest && radio.closest('.quiz-question')
      if (!question || question.dataset.answered) return
      question.dataset.answered = '1'
      const right = radio.hasAttribute('data-right')
      for (const input of all(question, 'input')) {
        input.disabled = true
        if (input.hasAttribute('data-right')) input.closest('label').classList.add('is-right')
      }
      if (!right) radio.closest('label').classList.add('is-wrong')
      // Said in a live region that was there before, so that screen readers announce it.
      const said = question.querySelector('.verdict')
      said.className = right ? 'verdict is-right' : 'verdict is-wrong'
      said.textContent = right ? say.right : say.wrong
      const explanation = question.querySelector('.explanation')
      if (explanation) explanation.hidden = false
      const i = questions.indexOf(question)
      if (i === questions.length - 1) {
        atEnd(true)
        return submit.focus()
      }
      const next = line('button', 'next', say.next)
      next.type = 'button'
      next.addEventListener('click', () => {
        next.remove()
        show(i + 1)
        questions[i + 1].querySelector('input').focus()
      })
      question.append(next)
      // The chosen option is locked now: the focus goes on, not back to the top of the page.
      next.focus()
    })

    onSend(form, async () => {
      const chosen = questions.map((q) => all(q, 'input').findIndex((input) => input.checked))
      if (chosen.includes(-1)) return
      const score = questions.filter((q) => q.querySelector('input[data-right]:checked')).length
      const result = line('section', 'quiz-result')
      result.id = 'answer'
      const heading = line(
        'h2',
        '',
        say.score.replace('{score}', score).replace('{total}', questions.length),
      )
      heading.tabIndex = -1
      // A fresh page: the same address would only move to the form, its answers still locked.
      const again = line('a', '', say.tryAgain)
      again.href = hereAgain(form, { again: Date.now() }, '#quiz')
      const againLine = line('p')
      againLine.append(again)
      result.append(heading, againLine)
      submit.hidden = true
      if (profile) profile.hidden = true
      questions.forEach((q) => (q.hidden = false))
      form.before(result)
      heading.focus()
      const failed = (text) => {
        const error = line('p', 'answer-error', text)
        error.setAttribute('role', 'alert')
        result.append(error)
      }
      try {
        const { ok, problem } = await send(form, { answers: chosen, ...profileOf(form) })
        if (!ok) failed(say.problems[problem] || say.problems.shape)
      } catch {
        // The score stands; the attempt is not counted.
        failed(say.offline)
      }
    })
  }

  /* The results of a poll, in the frame the page drew for them (src/components/Poll.tsx). */
  function results(template, say, counts) {
    const box = template.content.firstElementChild.cloneNode(true)
    const number = new Intl.NumberFormat(say.numbers)
    const votesOf = (n) => (n === 1 ? say.oneVote : say.votes.replace('{n}', number.format(n)))
    box.querySelectorAll('li').forEach((item, i) => {
      const votes = counts.votes[i] || 0
      const pct = counts.total ? Math.round((votes / counts.total) * 100) : 0
      item.querySelector('[data-share]').textContent = say.share
        .replace('{pct}', pct)
        .replace('{votes}', votesOf(votes))
      item.querySelector('meter').value = pct
    })
    box.querySelector('[data-total]').textContent = votesOf(counts.total)
    return box
  }

  function deviceToken() {
    let token = stored(DEVICE, null)
    if (typeof token !== 'string') {
      const bytes = crypto.getRandomValues(new Uint8Array(24))
      token = btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '')
      store(DEVICE, token)
    }
    return token
  }

  /* A poll, voted in the background once per phone. */
  function startPoll(form) {
    const say = JSON.parse(form.dataset.say)
    const slug = form.dataset.poll
    rememberedProfile(form)
    const template = form.querySelector('template[data-results]')
    const done = (text, counts) => {
      const note = line('p', 'answer-sent', text)
      note.id = 'answer'
      note.tabIndex = -1
      form.replaceWith(note)
      // The form is gone: the focus goes to what took its place, which is read out.
      note.focus()
      if (counts && template) note.after(results(template, say, counts))
      store(VOTED, [...new Set([...stored(VOTED, []), slug])])
    }
    if (stored(VOTED, []).includes(slug)) {
      const seen = line('a', '', say.results)
      seen.href = hereAgain(form, { voted: 1 }, '#answer')
      const note = line('p', 'answer-sent', `${say.problems.voted} `)
      note.append(seen)
      return form.replaceWith(note)
    }
    onSend(form, async (button) => {
      const chosen = form.querySelector('input[name=option]:checked')
      if (!chosen) return
      button.disabled = true
      const error = form.querySelector('.answer-error') || line('p', 'answer-error')
      error.setAttribute('role', 'alert')
      try {
        const body = { option: Number(chosen.value), token: deviceToken(), ...profileOf(form) }
        const { ok, answer, problem } = await send(form, body)
        if (ok) return done(say.thanks, answer.results)
        if (problem === 'voted') return done(say.problems.voted, null)
        error.textContent = say.problems[problem] || say.problems.shape
      } catch {
        error.textContent = say.offline
      } finally {
        button.disabled = false
      }
      form.append(error)
    })
  }

  function start() {
    for (const form of all(document, 'form[data-quiz]')) startQuiz(form)
    for (const form of all(document, 'form[data-poll]')) startPoll(form)
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
