"""CRF features per token: the word, its shape and affixes, its clusters, its frequency
bucket and dictionary class (vocabulary.py), cue-word classes, gazetteer tags and a ±2
window of the same for its neighbours.

Features are plain "name=value" strings (python-crfsuite's fastest input). Everything that
depends only on the word is computed once per distinct word and cached, so tagging costs
little more than a few list concatenations per token.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.ner.corpora import ENCYCLOPEDIA_CORPUS
from pipeline.ner.lexicon import Lexicon

# Cue words: classes of context that announce a name, so that an unseen title ("Kapolda")
# or speech verb ("imbuh") shares weight with the frequent ones.
CUE_WORDS: dict[str, frozenset[str]] = {
    "title": frozenset(
        "presiden wapres wakil menteri menlu mendagri menkeu gubernur wagub bupati wabup walikota wali ketua "
        "ketum direktur dirut sekretaris sekjen jenderal kepala juru jubir komisaris ceo pendiri pemimpin "
        "kapolri kapolda kapolres kasad panglima komandan jaksa hakim senator anggota raja ratu pangeran "
        "putri paus perdana pm kanselir dubes duta pelatih kapten penyanyi aktor aktris artis pengacara "
        "pak bu ibu bapak mbak mas bang tuan nyonya dr prof ir haji hj kh ustaz ustadz syekh kiai habib "
        "letjen mayjen brigjen kolonel kombes akbp kompol iptu ipda bripka brigadir mantan tersangka "
        "irjen komjen marsekal laksamana letkol mayor akp aiptu aipda bripda serka pratu "
        "terdakwa korban istri suami anak putra saudara ayah adik kakak "
        "menko menpora wamen sekda camat lurah kades rektor dekan dosen profesor uskup imam ulama "
        "striker gelandang bek kiper penyerang pebalap petenis atlet pemain penulis wartawan sutradara "
        "produser vokalis gitaris drummer founder chairman".split()
    ),
    "speech": frozenset(
        "kata katanya ujar ujarnya ucap ucapnya tutur tuturnya jelas jelasnya ungkap ungkapnya sebut "
        "tambah tambahnya imbuh imbuhnya lanjut lanjutnya papar paparnya terang menurut said".split()
    ),
    "org": frozenset(
        "partai organisasi dewan badan komisi kementerian kantor universitas institut sekolah bank pt cv "
        "perusahaan lembaga majelis mahkamah pengadilan kepolisian polda polres polsek tentara angkatan "
        "federasi asosiasi persatuan perserikatan serikat yayasan komite klub liga pemerintah kabinet "
        "kejaksaan pasukan koalisi gerakan front fraksi dinas direktorat inspektorat otoritas agensi "
        "perhimpunan ikatan himpunan korps markas politeknik akademi sma smp smk madrasah pesantren "
        "kodam kodim korem koperasi maskapai grup bursa".split()
    ),
    "media": frozenset(
        "berita media harian surat kabar stasiun televisi tv radio laporan lapor melansir dilansir "
        "mengutip dikutip melaporkan dilaporkan situs laman".split()
    ),
    "place": frozenset(
        "di ke dari kota provinsi kabupaten kab desa kecamatan kelurahan negara negeri pulau jalan jl "
        "ibukota wilayah kawasan daerah benua teluk selat gunung sungai danau laut samudra samudera "
        "bandara pelabuhan utara selatan timur barat tengah tenggara menuju asal warga kampung dusun "
        "distrik kepulauan semenanjung lembah tanjung pantai bukit".split()
    ),
    # Designators that end company and club names ("Astra International Tbk", "Arsenal FC").
    "org_tail": frozenset(
        "inc ltd llc corp corporation company co group holdings plc ag gmbh sa tbk persero fc afc cf sc sv "
        "united records airlines airways studios pictures entertainment systems".split()
    ),
}
CUE_CLASS = {word: cls for cls, words in CUE_WORDS.items() for word in words}
OFFSETS = (-2, -1, 1, 2)
CACHE_WORDS = 1 << 16
HEADLINE_MIN_WORDS = 4
HEADLINE_SHARE = 0.7
# Domains are the training corpora and our labelled articles (projection.py). News text is
# tagged in the articles' domain, whose convention is the seeds' gold (every country a place,
# an office apart from its holder); encyclopedia prose (register.py) in NERGrit's, whose
# sentences come from Wikipedia.
NEWS_DOMAIN = "articles"
ENCYCLOPEDIA_DOMAIN = ENCYCLOPEDIA_CORPUS
SHAPE_RUNS_RE = re.compile(r"(.)\1+")


def shape(word: str) -> str:
    """Character classes with runs collapsed: "Jakarta" → "Xx", "PBB" → "X", "4/2" → "d/d"."""
    classes = "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word)
    return SHAPE_RUNS_RE.sub(r"\1", classes)


def truecase(words: list[str], is_ordinary: Callable[[str], bool]) -> list[str]:
    """Lowercase ordinary words whose capital says nothing about names: the first word of a
    sentence, and every word of a title-case headline ("Presiden Rusia Vladimir Putin Tiba
    di Beijing")."""
    letters = [w for w in words if w[:1].isalpha()]
    headline = len(letters) >= HEADLINE_MIN_WORDS and sum(w[:1].isupper() for w in letters) >= HEADLINE_SHARE * len(letters)
    first = next((i for i, w in enumerate(words) if w[:1].isalnum()), 0)
    return [
        w.lower() if (headline or i == first) and w[:1].isupper() and is_ordinary(w) else w
        for i, w in enumerate(words)
    ]


def make_featurizer(lexicon: Lexicon, domain: str = NEWS_DOMAIN) -> Callable[[list[str]], list[list[str]]]:
    """A function from a sentence's words to per-token feature lists, caching word features.

    Every feature also comes in a copy marked with the text's domain ("frustratingly easy
    domain adaptation", Daumé III 2007): the corpora disagree on conventions (idner leaves a
    country used as an actor untagged, NERGrit tags it), and the copies let the CRF learn
    what they share apart from what each does alone.
    """
    marker = f"{domain}|"
    # Bounded: a long-running pipeline meets an open-ended vocabulary.
    @lru_cache(maxsize=CACHE_WORDS)
    def word_features(word: str) -> tuple[list[str], ...]:
        return _word_features(word, lexicon)

    def featurize(words: list[str]) -> list[list[str]]:
        per_word = [word_features(w) for w in truecase(words, lexicon.is_ordinary)]
        gazetteer = lexicon.match(words)
        n = len(words)
        out = []
        for i, own in enumerate(per_word):
            feats = list(own[0])
            for k, offset in enumerate(OFFSETS, start=1):
                j = i + offset
                feats.extend(per_word[j][k] if 0 <= j < n else (f"{offset}:pad",))
            for offset in (-1, 0, 1):
                j = i + offset
                if 0 <= j < n and gazetteer[j] != "O":
                    feats.append(f"{offset}:gz={gazetteer[j]}")
            if i == 0:
                feats.append("bos")
                if words[0][:1].isupper():
                    feats.append("bos_upper")
            if i + 1 == n:
                feats.append("eos")
            feats.extend([marker + f for f in feats])
            out.append(feats)
        return out

    return featurize


def _word_features(word: str, lexicon: Lexicon) -> tuple[list[str], ...]:
    """Features of the word itself, then its context features as seen from each offset."""
    lower = word.lower()
    clusters = lexicon.clusters.get(lower)
    cluster_feats = [f"c{k}={c}" for k, c in enumerate(clusters)] if clusters else ["c=unk"]
    cue = CUE_CLASS.get(lower, "none")
    sh = shape(word)
    own = ["bias", f"w={lower}", f"sh={sh}", f"p2={lower[:2]}", f"p3={lower[:3]}", f"s2={lower[-2:]}",
           f"s3={lower[-3:]}", f"s4={lower[-4:]}", f"cue={cue}", *cluster_feats]
    bucket, kind = lexicon.facts.get(lower, (0, ""))
    own += [f"zf={bucket}", f"dict={kind}"]
    if word[:1].isupper():
        own += ["upper_initial", f"up_zf={bucket}", f"up_dict={kind}"]
        if lower in lexicon.common_words:
            own.append("upper_common")
    if word.isupper() and len(word) > 1:
        own.append("all_upper")
    if len(word) <= 2:
        own.append("short")
    context = [f"w={lower}", f"sh={sh}", f"cue={cue}", cluster_feats[0]]
    return (own, *([f"{offset}:{f}" for f in context] for offset in OFFSETS))
