import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HtmlValidate } from 'html-validate'
import type { Payload } from 'payload'
import { bootPayload, engine } from '../helpers/payload'

let payload: Payload
let render: (path: string) => Promise<{ status: number; html: string; headers: Headers }>

beforeAll(async () => {
  payload = await bootPayload()
  const { answerPublicPage } = await import('@/site/render/answer')
  render = async (path) => {
    const res = await answerPublicPage(new Request(`http://localhost${path}`))
    return { status: res.status, html: await res.text(), headers: res.headers }
  }
  const province = await payload.create({
    collection: 'provinces',
    data: { code: 'LA-VT', title: 'ນະຄອນຫຼວງວຽງຈັນ', slug: 'vientiane-capital' },
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      hotlines: [{ number: '1300', label: 'ສາຍດ່ວນ' }],
      quickExitUrl: 'https://weather.example.com/',
      messaging: [{ platform: 'telegram', handle: 'siang_test' }],
    },
  })
  for (const [name, status] of [
    ['Published shelter', 'published'],
    ['Draft shelter', 'draft'],
  ] as const)
    await payload.create({
      collection: 'services',
      data: {
        name,
        kind: 'shelter',
        province: province.id,
        phone: '+856 21 000 111',
        address: 'Ban Test, Vientiane',
        _status: status,
      },
      draft: status === 'draft',
    })
}, 60_000)

afterAll(async () => {
  await payload?.destroy()
})

describe(`the help pages as rendered (${engine})`, () => {
  it('render the help page with its calls, apps, quick exit and no referrer', async () => {
    const { status, html, headers } = await render('/lo/help')
    expect(status).toBe(200)
    expect(headers.get('referrer-policy')).toBe('no-referrer')
    expect(html).toContain('href="tel:1300"')
    expect(html).toContain('href="https://t.me/siang_test"')
    expect(html).toMatch(/<a id="quick-exit"[^>]*href="https:\/\/weather\.example\.com\/"/)
    // Only the directory's own form is remembered: the help page must not move by itself.
    expect(html).not.toContain('data-remember')
  })

  it('render the directory: published services only, each with a call and a map link', async () => {
    const { status, html } = await render('/en/help/services?province=LA-VT&kind=shelter')
    expect(status).toBe(200)
    expect(html).toContain('Published shelter')
    expect(html).not.toContain('Draft shelter')
    expect(html).toContain('href="tel:+85621000111"')
    expect(html).toContain(`href="geo:0,0?q=${encodeURIComponent('Ban Test, Vientiane')}"`)
    expect(html).toContain('data-remember')
    const none = await render('/en/help/services?kind=embassy')
    expect(none.html).not.toContain('Published shelter')
  })

  it('are valid, accessible HTML (html-validate)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard', 'html-validate:a11y'],
    })
    for (const path of [
      '/lo/help',
      '/en/help',
      '/lo/help/services',
      '/en/help/services?kind=shelter',
    ]) {
      const report = await validator.validateString((await render(path)).html)
      const problems = report.results
        .flatMap((r) => r.messages)
        .map((m) => `${path}: ${m.ruleId}: ${m.message} (${m.selector})`)
      expect(problems).toEqual([])
    }
  })
})
