import assert from 'node:assert/strict'
import { test } from 'node:test'
import { statementCode } from './statement-codes.ts'

const words = (text: string) => text.toLowerCase().split(/\s+/)

test('a reporting verb that says what kind of statement it is decides the code', () => {
  assert.equal(statementCode(['accused'], words('they shelled the town')), '112')
  assert.equal(statementCode(['threatened'], words('to leave the talks')), '130')
  assert.equal(statementCode(['called', 'on'], words('both sides to stop')), '020')
  assert.equal(statementCode(['condemned'], words('the attack')), '111')
  assert.equal(statementCode(['denied'], words('any involvement')), '016')
})

test('after a plain "said", the words of the quote decide; the same words count for every speaker', () => {
  assert.equal(statementCode(['said'], words('we will not hesitate to respond')), '130')
  assert.equal(statementCode(['said'], words('they are responsible for the massacre')), '112')
  assert.equal(statementCode(['said'], words('the troops must withdraw now')), '100')
  assert.equal(statementCode(['said'], words('we are deeply concerned')), '012')
  assert.equal(statementCode(['said'], words('we are optimistic about the talks')), '013')
  assert.equal(statementCode(['said'], words('the meeting was held in Geneva')), '010')
})

test('a warning is a threat only when its words threaten', () => {
  // A warning that threatens nothing only attributes speech (GUIDE: "warn that (when nothing is threatened)").
  assert.equal(statementCode(['warned'], words('the talks may fail')), '010')
  assert.equal(statementCode(['warned'], words('the talks may fail, which is worrying')), '012')
  assert.equal(statementCode(['warned'], words('they will face consequences')), '130')
  assert.equal(statementCode(['warned'], words('moscow would take all necessary measures to protect its kaliningrad region')), '130')
  assert.equal(statementCode(['warned'], words('kyrgyzstan would use every means at its disposal to protect its citizens')), '130')
  assert.equal(statementCode(['warned'], words('the measures would not be enough to protect its citizens')), '010')
})

test('an order is a demand (10); a plain ruling says what kind of statement it is not', () => {
  assert.equal(statementCode(['ordering'], words('the authorities to hold the vote')), '100')
  assert.equal(statementCode(['ordered'], words('the troops to withdraw')), '100')
  assert.equal(statementCode(['ruling'], words('the delay was contrary to the constitution')), '010')
})
