// Import files written by the tests themselves: a GIFT file of every kind we grade (and some we refuse), and
// a Moodle XML export as Moodle writes one.
const KINDS = [
  (n: number) => `::Q${n}:: Which body administers the Harmonized System (${n})? {=WCO ~WTO ~UNCTAD}`,
  (n: number) => `::Q${n}:: Origin decides the duty rate of preferential trade (${n}). {T}`,
  (n: number) => `::Q${n}:: Name the nomenclature in two letters (${n}). {=HS =H.S.}`,
  (n: number) =>
    `::Q${n}:: Pick the Customs valuation methods (${n}). {~%50%Transaction value ~%50%Deductive value ~Retail price}`,
  (n: number) =>
    `::Q${n}:: Match the rule of origin (${n}). {=Wholly obtained -> Minerals extracted in a country =Substantial transformation -> A change of tariff heading}`,
];

/** `count` questions, cycling through single, true/false, short answer, multiple and matching. */
export function giftQuestions(count: number): string {
  return (
    "// Written by tests/helpers/quiz-import-files.ts\n$CATEGORY: Origin\n\n" +
    Array.from({ length: count }, (_, i) => KINDS[i % KINDS.length](i + 1)).join("\n\n") +
    "\n"
  );
}

/** Two good questions, one the grammar refuses (line 5) and one kind we do not grade (an essay). */
export const GIFT_WITH_ERRORS = [
  "::Good 1:: The WCO has its seat in Brussels. {T}",
  "",
  "::Good 2:: Which convention simplifies Customs procedures? {=Revised Kyoto ~Istanbul}",
  "",
  "::Broken:: An unclosed answer block {=yes ~no",
  "",
  "::Essay:: Describe a risk profile. {}",
  "",
].join("\n");

export const MOODLE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/Valuation</text></category></question>
  <question type="multichoice">
    <name><text>Valuation 1</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which is the <b>primary</b> basis of Customs value?</p>]]></text></questiontext>
    <defaultgrade>2</defaultgrade>
    <single>true</single>
    <answer fraction="100"><text>Transaction value</text></answer>
    <answer fraction="0"><text>Fallback value</text></answer>
  </question>
  <question type="truefalse">
    <name><text>Valuation 2</text></name>
    <questiontext format="html"><text>Royalties can be part of the Customs value.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="matching">
    <name><text>Valuation 3</text></name>
    <questiontext format="html"><text>Match the method to its article.</text></questiontext>
    <subquestion><text>Transaction value</text><answer><text>Article 1</text></answer></subquestion>
    <subquestion><text>Deductive value</text><answer><text>Article 5</text></answer></subquestion>
  </question>
  <question type="essay">
    <name><text>Valuation 4</text></name>
    <questiontext format="html"><text>Explain valuation fraud.</text></questiontext>
  </question>
</quiz>
`;
