"""Freeing someone another side held is no release (RETREAT): a rescue or a jailbreak.

PLOVER's RETREAT covers the captor letting its captives go ("Iran released the British sailors"). When the
words show that the ones freed were held by someone else ("freed both women who were held hostage by two
deserters", "freed the hostages from their kidnappers"), or the freeing is part of an attack ("staged attacks on
police stations, killing 20 people and freeing dozens of prisoners"), the act is a raid or a rescue, which the
attack itself codes; `freed_from_others` tells the caller to code no release.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.syntax import agent_of

RELEASING = frozenset({"free", "release", "liberate"})
HOSTILE = frozenset({"attack", "storm", "raid", "kill", "shoot", "bomb", "ambush", "overrun", "seize", "stage",
                     "launch", "assault", "fight", "battle", "clash"})
HOLDING = frozenset({"hold", "kidnap", "abduct", "seize", "capture", "snatch", "detain", "imprison", "jail"})
CAPTORS = frozenset({"kidnapper", "captor", "abductor", "hostage-taker", "jailer", "guard"})


def freed_from_others(trigger: Token) -> bool:
    """Whether a freeing verb frees people from a third side or as part of an attack (no RETREAT)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in RELEASING:
        return False
    node = trigger
    for _ in range(3):  # "…, killing 20 people, freeing dozens of prisoners": a participle of the attack
        if node.dep_ not in ("conj", "advcl") or node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in HOSTILE:
            return True
    freed = [c for c in trigger.children if c.dep_ == "dobj"]
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HOLDING and agent_of(c) is not None
           for obj in freed for c in obj.children):
        return True  # "freed both women who were held hostage by two deserters"
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in CAPTORS for g in p.children) for p in trigger.children)
