import assert from 'node:assert/strict'
import { test } from 'node:test'
import { detectLanguage } from './language.ts'

const CASES: Array<[string, string, string]> = [
  ['English', 'The minister said that the government will act on the report and that the troops are ready.', 'en'],
  ['French', 'Le ministre a déclaré que le gouvernement agira sur le rapport et que les mesures sont prises.', 'fr'],
  ['German', 'Der Minister sagte, dass die Regierung auf den Bericht reagieren wird und die Maßnahmen nicht ausreichen.', 'de'],
  ['Russian', 'Министр заявил, что правительство будет действовать по докладу, и что меры уже приняты.', 'ru'],
  ['Ukrainian', 'Міністр заявив, що уряд буде діяти відповідно до доповіді, і що заходи вже вжито для України.', 'uk'],
  ['Polish', 'Minister powiedział, że rząd będzie działał zgodnie z raportem i że środki zostały już podjęte.', 'pl'],
  ['Spanish', 'El gobierno dijo que la reforma está lista y que no hay problemas para el país.', 'es'],
  ['Japanese (kana before Han)', '東京で首相は記者会見を行った。', 'ja'],
  ['Chinese', '北京时间今天上午，外交部发言人回答了记者提问。', 'zh'],
  ['a short English sentence', 'NATO said 1,200 troops arrived.', 'en'],
  ['empty text', '', 'und'],
  ['whitespace only', ' \n\t ', 'und'],
  ['digits only', '12345 678', 'und'],
  ['two words without a stop word', 'Hello world', 'und'],
]

for (const [name, text, expected] of CASES) {
  test(`detectLanguage: ${name} -> ${expected}`, () => {
    assert.equal(detectLanguage(text), expected)
  })
}

test('detectLanguage reads only the start of a very long text', () => {
  const english = 'The report said that the plan was ready and that the army is in place. '.repeat(400)
  assert.equal(detectLanguage(english + 'Le ministre a déclaré que les mesures sont prises. '.repeat(2000)), 'en')
})
