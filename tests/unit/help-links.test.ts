import { describe, expect, it } from '@jest/globals'
import { geoHref, isMessagingHandle, isQuickExitUrl, messagingHref } from '@/lib/help'

describe('the help page links', () => {
  it('opens each messaging app on its number or name', () => {
    expect(messagingHref('whatsapp', '+856 20 0000 1300')).toBe('https://wa.me/8562000001300')
    expect(messagingHref('messenger', 'siang.demo')).toBe('https://m.me/siang.demo')
    expect(messagingHref('telegram', '@siang_demo')).toBe('https://t.me/siang_demo')
    expect(messagingHref('line', 'siang-demo')).toBe('https://line.me/R/ti/p/siang-demo')
    expect(messagingHref('viber', '+856 20 0000 1300')).toBe('viber://chat?number=%2B8562000001300')
    expect(messagingHref('sms', '1300', 'ຊ່ວຍ')).toBe(`sms:1300?body=${encodeURIComponent('ຊ່ວຍ')}`)
    expect(messagingHref('sms', '1300')).toBe('sms:1300')
  })

  it('refuses a handle that is not a number where the app needs one, or holds odd characters', () => {
    expect(isMessagingHandle('whatsapp', '+856 20 0000 1300')).toBe(true)
    expect(isMessagingHandle('whatsapp', 'siang')).toBe(false)
    expect(isMessagingHandle('telegram', 'siang_demo')).toBe(true)
    expect(isMessagingHandle('messenger', 'a/b?c')).toBe(false)
    expect(isMessagingHandle('line', 'javascript:alert(1)')).toBe(false)
  })

  it('makes a geo: link that searches the plain address', () => {
    expect(geoHref('ເມືອງຈັນທະບູລີ,  ນະຄອນຫຼວງວຽງຈັນ')).toBe(
      `geo:0,0?q=${encodeURIComponent('ເມືອງຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ')}`,
    )
  })

  it('takes only https (or http on this machine) as the quick exit', () => {
    expect(isQuickExitUrl('https://www.bbc.com/weather')).toBe(true)
    expect(isQuickExitUrl('http://127.0.0.1:3000/lo')).toBe(true)
    expect(isQuickExitUrl('http://weather.example.com')).toBe(false)
    expect(isQuickExitUrl('javascript:alert(1)')).toBe(false)
    expect(isQuickExitUrl('data:text/html,hi')).toBe(false)
    expect(isQuickExitUrl('not a url')).toBe(false)
  })
})
