"""The linguistic layer every stage shares: German text below the extractors.

Input: a document's normalised text. Output: blocks, sentences and tokens with character
offsets (:mod:`~intgraph.language.text`), date expressions (:mod:`~intgraph.language.dates`),
the Länder gazetteer (:mod:`~intgraph.language.lands`), a German lexicon of function words,
role nouns, speech verbs and name tokens (:mod:`~intgraph.language.lexicon`), and chunks over
tokens such as personal-name spans (:mod:`~intgraph.language.chunks`), the noun phrases
around a name (:mod:`~intgraph.language.phrases`), predicates of saying
(:mod:`~intgraph.language.speech`). Side effects: none.

Extractors (``intgraph.extract``) and the resolve stage build on this layer; nothing here
imports from them.
"""
