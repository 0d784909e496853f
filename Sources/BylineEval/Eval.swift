/// Evaluation harnesses: scores on the gold-standard corpora, side by side with the anchors.
import BylineCore
