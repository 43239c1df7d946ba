"""svodka's entity model: CRFs that correct and extend slovnet's NER spans
(features: ``features``; run time: ``tagger``; training: ``train``)."""
