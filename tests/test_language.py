from transforms.language import detect_language


def test_english_and_others():
    assert detect_language("The minister said that the plan was final and it would not be changed.") == "en"
    assert detect_language("Le gouvernement a annoncé que les fonds pour les agriculteurs seraient versés "
                           "avant la fin du mois dans le sud du pays.") == "fr"
    assert detect_language("Der Minister sagte, dass der Plan nicht geändert wird und die Regierung auch "
                           "mit dem Haushalt zufrieden ist.") == "de"
    assert detect_language("Правительство объявило о новых мерах поддержки фермеров.") == "ru"


def test_thin_evidence_falls_back_to_default():
    assert detect_language("Reuters 1996-08-30") == "en"
