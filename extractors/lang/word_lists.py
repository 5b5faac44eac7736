"""The word lists a language's ``words.toml`` may hold, declared once for every language.

A reader or a builder asks the lexicon for a list by its section and name ("[patients]
respective_words"). Were a language to lack a list some code asks for, a document in that
language would fail on it mid-run; were a misspelt list in a ``words.toml`` ("respctive_words")
simply ignored, its words would silently go unread. So every list is declared here, with what
a language that leaves it out reads: nothing, or an error when the lexicon loads.

A list is REQUIRED where every language so far has words for it: a language without them is
unfinished, not different. Every other list is optional (LIST or TABLE): some language has no
words for it, because its word order tells the same thing (Korean has no articles) or the
reading is not written for it yet, and a language that leaves it out reads it as empty. A
language's ``words.toml`` holds only the lists it has words for; ``tests/test_language_seam.py``
checks each against this declaration, and the lexicon loader refuses a file that holds a list
not declared here or lacks a required one. A new list is declared here first.
"""

from collections.abc import Mapping
from enum import Enum
from typing import Any, Final


class Need(Enum):
    """Whether a language must write a list, and what a language that leaves it out reads."""

    REQUIRED = "required"  # every language writes it
    LIST = "list"  # may be left out: reads as an empty list
    TABLE = "table"  # may be left out: reads as an empty table (phrase -> label)


WORD_LISTS: Final[Mapping[str, Mapping[str, Need]]] = {
    "text": {
        "word_bounded": Need.REQUIRED,
        "abbreviations": Need.LIST,
        "function_words": Need.REQUIRED,
        "line_wrap_words": Need.LIST,
        "not_name_starts": Need.LIST,
        "definite_determiners": Need.LIST,
        "object_pronouns": Need.LIST,
    },
    "grammar": {
        "irregular_past": Need.TABLE,
        "articles": Need.LIST,
        "conjunctions": Need.LIST,
        "list_conjunctions": Need.LIST,
        "name_joints": Need.LIST,
        "located_in": Need.LIST,
        "seat_prepositions": Need.LIST,
        "place_prepositions": Need.LIST,
        "belonging_prepositions": Need.LIST,
        "origin_prepositions": Need.LIST,
        "origin_copulas": Need.LIST,
        "counterpart_prepositions": Need.LIST,
        "numbered": Need.LIST,
        "indefinite_articles": Need.LIST,
        "place_heads": Need.LIST,
        "region_nouns": Need.LIST,
        "regions_of": Need.LIST,
        "country_acts": Need.REQUIRED,
    },
    "page": {
        "furniture_starts": Need.REQUIRED,
        "navigation_starts": Need.REQUIRED,
        "title_labels": Need.REQUIRED,
        "headline_tails": Need.LIST,
        "outlet_words": Need.REQUIRED,
    },
    "numbers": {
        "multipliers": Need.TABLE,
        "number_words": Need.LIST,
        "pronoun_numbers": Need.LIST,
        "spelled_blanks": Need.LIST,
        "half_tails": Need.LIST,
        "digit_words": Need.TABLE,
        "decimal_point_words": Need.LIST,
        "fractions": Need.TABLE,
        "singulars": Need.LIST,
        "rate_words": Need.LIST,
        "at_least_signs": Need.LIST,
        "qualifier_articles": Need.LIST,
        "at_least_words": Need.LIST,
        "proportion_joiners": Need.LIST,
        "non_count_units": Need.REQUIRED,
        "bare_followers": Need.LIST,
        "currency_prefixes": Need.REQUIRED,
        "rank_words": Need.LIST,
    },
    "qualifiers": {
        "approx": Need.REQUIRED,
        "at_least": Need.REQUIRED,
        "at_most": Need.REQUIRED,
        "approx_after": Need.LIST,
        "at_least_after": Need.LIST,
        "at_most_after": Need.LIST,
    },
    "patients": {
        "heads": Need.REQUIRED,
        "demonym_noun_endings": Need.REQUIRED,
        "invariant_demonym_endings": Need.LIST,
        "invariant_demonym_followers": Need.LIST,
        "generic_heads": Need.REQUIRED,
        "consultation_words": Need.REQUIRED,
        "care_words": Need.REQUIRED,
        "foreign_words": Need.REQUIRED,
        "foreign_after_head": Need.LIST,
        "travel_purposes": Need.LIST,
        "back_references": Need.LIST,
        "attendance_words": Need.REQUIRED,
        "other_nouns": Need.REQUIRED,
        "care_places": Need.LIST,
        "noun_prepositions": Need.LIST,
        "count_subjects": Need.LIST,
        "comparison_stops": Need.LIST,
        "source_cues": Need.LIST,
        "member_cues": Need.LIST,
        "series_cues": Need.LIST,
        "breakdown_verbs": Need.LIST,
        "gapped_cues": Need.LIST,
        "year_stamps": Need.LIST,
        "partitives": Need.LIST,
        "back_partitives": Need.LIST,
        "elliptical_verbs": Need.LIST,
        "forecast_words": Need.LIST,
        "conditional_openers": Need.LIST,
        "origin_stops": Need.LIST,
        "country_count_qualifiers": Need.LIST,
        "country_count_adjectives": Need.LIST,
        "country_count_nouns": Need.REQUIRED,
        "list_links": Need.LIST,
        "arrival_verbs": Need.LIST,
        "destination_words": Need.LIST,
        "linking_verbs": Need.LIST,
        "count_fillers": Need.LIST,
        "figure_anaphors": Need.LIST,
        "change_verbs": Need.REQUIRED,
        "respective_words": Need.REQUIRED,
        "change_amounts": Need.LIST,
        "sample_cues": Need.LIST,
        "sample_partitives": Need.LIST,
        "survey_words": Need.LIST,
        "sampled_words": Need.LIST,
        "change_amount_followers": Need.LIST,
        "change_level_words": Need.LIST,
        "share_phrases": Need.LIST,
        "share_verbs": Need.LIST,
        "share_count_words": Need.LIST,
        "departments": Need.LIST,
        "department_continuations": Need.LIST,
        "breakdown_cues": Need.LIST,
        "care_nouns": Need.LIST,
        "care_objects": Need.LIST,
        "care_received": Need.LIST,
        "care_seekers": Need.LIST,
        "care_arrivals": Need.LIST,
        "owned_figures": Need.LIST,
        "bare_heads": Need.LIST,
        "resident_heads": Need.LIST,
        "treatment_words": Need.LIST,
        "count_openers": Need.LIST,
        "part_cues": Need.LIST,
        "outbound_cues": Need.LIST,
        "business_words": Need.LIST,
        "destination_markers": Need.LIST,
    },
    "periods": {
        "per_year": Need.REQUIRED,
        "cumulative": Need.REQUIRED,
        "since_clauses": Need.LIST,
        "perfect_totals": Need.REQUIRED,
        "comparisons": Need.LIST,
        "clause_joints": Need.LIST,
        "totals": Need.REQUIRED,
        "comparisons_after": Need.LIST,
    },
    "years": {
        "relative": Need.REQUIRED,
        "anaphoric": Need.LIST,
        "previous": Need.LIST,
        "same_as_goal": Need.LIST,
    },
    "dates": {
        "months": Need.TABLE,
        "weekdays": Need.REQUIRED,
        "relative_days": Need.REQUIRED,
        "past_day_markers": Need.REQUIRED,
        "range_starts": Need.LIST,
        "ahead_of_weekday": Need.LIST,
        "range_joiners": Need.REQUIRED,
        "ordinal_day_prepositions": Need.LIST,
        "ordinal_day_followers": Need.LIST,
        "ordinal_suffixes": Need.LIST,
        "today": Need.LIST,
        "occasion_phrases": Need.REQUIRED,
        "event_days": Need.TABLE,
        "days_later": Need.TABLE,
        "clock_marks": Need.LIST,
        "byline_marks": Need.LIST,
        "publication_labels": Need.REQUIRED,
        "credit_labels": Need.LIST,
        "original_publication_labels": Need.REQUIRED,
        "publication_label_prepositions": Need.LIST,
    },
    "goals": {
        "cues": Need.REQUIRED,
        "forecast_leads": Need.LIST,
        "forecast_clauses": Need.LIST,
        "expectation_cues": Need.LIST,
        "clause_modals": Need.LIST,
        "subject_links": Need.LIST,
        "commitment_cues": Need.LIST,
        "due_year_labels": Need.REQUIRED,
        "undated_cues": Need.LIST,
        "due_prepositions": Need.REQUIRED,
        "figure_nouns": Need.REQUIRED,
        "ahead_prepositions": Need.LIST,
        "ahead_suffixes": Need.LIST,
        "due_period_ends": Need.LIST,
        "baseline_cues": Need.REQUIRED,
        "baseline_prepositions": Need.LIST,
        "metrics": Need.REQUIRED,
        "object_infinitives": Need.LIST,
        "clause_comparisons": Need.LIST,
        "goal_nouns": Need.LIST,
        "reference_determiners": Need.LIST,
        "generic_metrics": Need.TABLE,
        "carried_aim_verbs": Need.LIST,
    },
    "markets": {
        "cues": Need.REQUIRED,
        "drawing_cues": Need.LIST,
        "spread_verbs": Need.LIST,
        "spread_prepositions": Need.LIST,
        "promotion_verbs": Need.LIST,
        "promotion_prepositions": Need.LIST,
        "focus_verbs": Need.LIST,
        "marketing_nouns": Need.LIST,
        "focus_prepositions": Need.LIST,
        "object_stops": Need.LIST,
        "passive_auxiliaries": Need.LIST,
        "object_determiners": Need.LIST,
        "care_context": Need.LIST,
        "market_nouns": Need.LIST,
        "member_words": Need.LIST,
        "list_openers": Need.LIST,
        "list_announcers": Need.LIST,
        "scope_stops": Need.LIST,
        "home_people": Need.LIST,
        "aim_gerunds": Need.LIST,
        "other_trades": Need.LIST,
        "place_anaphors": Need.LIST,
        "anaphors": Need.LIST,
        "designation_verbs": Need.LIST,
        "list_extenders": Need.LIST,
        "copulas": Need.LIST,
        "role_possessives": Need.LIST,
        "owner_partitives": Need.LIST,
        "role_nouns": Need.REQUIRED,
        "designation_words": Need.REQUIRED,
        "exploit_verbs": Need.LIST,
        "advertising_nouns": Need.LIST,
        "advertising_links": Need.LIST,
        "focus_nouns": Need.LIST,
        "focus_links": Need.LIST,
        "promotions": Need.LIST,
    },
    "partnerships": {
        "kinds": Need.REQUIRED,
        "national_parties": Need.LIST,
        "not_kinds": Need.LIST,
        "party_anaphors": Need.REQUIRED,
        "pair_anaphors": Need.REQUIRED,
        "plural_party_heads": Need.LIST,
        "distributives": Need.LIST,
        "plural_kinds": Need.LIST,
        "called_off": Need.LIST,
        "concluded": Need.REQUIRED,
        "intentions": Need.REQUIRED,
        "participles": Need.LIST,
        "participle_relatives": Need.LIST,
        "counterpart_stops": Need.LIST,
        "demonstratives": Need.REQUIRED,
        "scope_prepositions": Need.LIST,
        "venue_prepositions": Need.LIST,
        "attending_words": Need.LIST,
        "org_heads": Need.REQUIRED,
        "domestic_words": Need.LIST,
        "person_titles": Need.LIST,
        "not_with_words": Need.LIST,
        "founded_bodies": Need.TABLE,
        "founding_verbs": Need.LIST,
        "joining_verbs": Need.LIST,
        "terms_verbs": Need.LIST,
        "business_endings": Need.LIST,
        "counterpart_nouns": Need.LIST,
        "plural_state_heads": Need.LIST,
    },
    "events": {
        "types": Need.REQUIRED,
        "caption_marks": Need.REQUIRED,
        "announcements": Need.REQUIRED,
        "reporting_verbs": Need.REQUIRED,
        "reporting_prepositions": Need.LIST,
        "venue_prepositions": Need.LIST,
        "duration_prepositions": Need.LIST,
        "duration_units": Need.LIST,
        "duration_suffixes": Need.LIST,
        "future_markers": Need.REQUIRED,
        "generic_markers": Need.REQUIRED,
        "anaphoric_subjects": Need.LIST,
        "anaphoric_pronouns": Need.LIST,
        "visit_verbs": Need.REQUIRED,
        "care_abroad": Need.LIST,
        "edition_cues": Need.TABLE,
        "coverage_words": Need.LIST,
        "edition_words": Need.LIST,
        "home_visits": Need.LIST,
        "visitor_pronouns": Need.LIST,
        "visitor_nouns": Need.LIST,
        "verb_prefixes": Need.LIST,
        "taking_place": Need.LIST,
        "type_priority": Need.REQUIRED,
        "presence_cues": Need.LIST,
        "occurrence_verbs": Need.REQUIRED,
        "organizer_cues": Need.LIST,
        "organizer_stops": Need.LIST,
        "organizing_verbs": Need.REQUIRED,
        "not_subject_markers": Need.LIST,
        "signing_place_prepositions": Need.LIST,
        "meeting_verbs": Need.LIST,
        "signing_verbs": Need.REQUIRED,
        "venue_heads": Need.LIST,
        "programme_heads": Need.LIST,
        "location_cues": Need.LIST,
        "venue_names": Need.REQUIRED,
        "attendance_heads": Need.REQUIRED,
        "thing_heads": Need.REQUIRED,
        "member_heads": Need.REQUIRED,
        "attendance_cues": Need.REQUIRED,
        "attendance_verbs": Need.REQUIRED,
        "free_words": Need.LIST,
        "free_care_nouns": Need.LIST,
        "name_heads": Need.LIST,
        "room_nouns": Need.LIST,
    },
    "organizations": {
        "anaphors": Need.TABLE,
        "korean_acronyms": Need.TABLE,
        "anaphor_heads": Need.REQUIRED,
        "state_heads": Need.LIST,
        "subject_pronouns": Need.REQUIRED,
        "alias_cues": Need.LIST,
        "place_suffixes": Need.LIST,
        "topic_particles": Need.LIST,
        "subject_anaphors": Need.TABLE,
    },
}


def declaration_problems(words: Mapping[str, Any]) -> list[str]:
    """What a ``words.toml`` (as read) holds against the declaration: each section or list it
    writes that is not declared (a typo, or a list no reader asks for) and each required list
    it lacks; empty where it agrees."""
    problems = []
    for section, table in words.items():
        declared = WORD_LISTS.get(section)
        if declared is None:
            problems.append(f"[{section}] is not a declared section")
        else:
            problems += [f"[{section}] {key} is not declared" for key in table if key not in declared]
    problems += [
        f"[{section}] {key} is required"
        for section, declared in WORD_LISTS.items()
        for key, need in declared.items()
        if need is Need.REQUIRED and key not in words.get(section, {})
    ]
    return problems


def with_left_out_lists_empty(words: Mapping[str, Any]) -> dict[str, Any]:
    """The lists of a ``words.toml`` and, after them, every declared list it leaves out as an
    empty one: every reader finds every list through the lexicon, written or not."""
    filled = {section: dict(table) for section, table in words.items()}
    for section, declared in WORD_LISTS.items():
        table = filled.setdefault(section, {})
        for key, need in declared.items():
            table.setdefault(key, {} if need is Need.TABLE else [])
    return filled
