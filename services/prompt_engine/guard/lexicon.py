"""Cross-lingual concept lexicon: words of many languages mapped onto language-neutral concepts.

The lexical classifier learns mostly from English examples. Mapping "zignoruj wcześniejsze
instrukcje" and "disregard the earlier instructions" onto the same concept codes (DISREGARD,
PRIOR, INSTRUCTIONS) lets weights learned from one transfer to the other. The classifier learns
which combinations matter; this module only finds the concepts.

Term syntax, per language, "|"-separated (every term is normalised at import exactly as the text
is: ``views(term).plain``, then ``_FOLD``):

* Scripts written with spaces (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali...):
  a term is one or more words, matched against consecutive words of the text. A word matches a
  text word that starts with it (a stem: "instrukc" matches "instrukcje"). Words shorter than
  four characters, and words written with a trailing "=", must equal the text word instead
  ("du" never matches "dubai"); a trailing "*" makes a short word (at least three characters) a
  stem ("nov*" matches "nova", "novo"). Arabic and Hebrew text words are also tried without
  their attached prefixes (articles, conjunctions, prepositions).
* Terms containing Chinese, Japanese, Korean or Thai characters match as substrings.
"""

# The terms below are written in many scripts, some with letters that look like Latin ones.
# ruff: noqa: RUF001

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final, TypeAlias

from services.prompt_engine.guard.normalize import views

# fmt: off
# Concept -> language -> terms. Languages: en de fr es it pt nl sv da no pl cs ro hu tr ru uk el
# ar he fa hi bn id ms vi th zh (simplified and traditional) ja ko.
_RAW: Final[dict[str, dict[str, str]]] = {
    "DISREGARD": {
        "en": (
            "ignor|disregard|forget|forgot|overlook|dismiss|discard|neglect|bypass|skip|drop"
            "|dropped|scrap=|scrapped|set aside|put aside|pay no attention|never mind|abandon"
            "|throw away|throw out|leave behind"
        ),
        "de": (
            "ignorier|vergiss|vergessen|vergesst|missacht|übergeh|überspring|beiseite|verwirf"
            "|verwerfen|umgeh|außer acht|nicht beachten|nicht beacht|hinwegsetz"
        ),
        "fr": (
            "ignor|oubli|fais abstraction|faites abstraction|tiens pas compte|tiens plus compte"
            "|tenez pas compte|tenez plus compte|néglig|passe outre|passez outre|contourn"
            "|laisse de côté|laissez de côté|mets de côté|mettez de côté|écart|fais fi|faites fi"
        ),
        "es": (
            "ignor|olvid|omit|pasa por alto|pasar por alto|pases por alto|desestim|descart"
            "|caso omiso|no hagas caso|deja de lado|dejar de lado|deja a un lado|sáltate|saltarte"
            "|salta las|salta los|elud|prescind"
        ),
        "it": (
            "ignor|dimentic|trascur|tralascia|non considerare|non tenere conto|lascia perdere"
            "|metti da parte|mettete da parte|accantona|scavalca|aggira|sorvola|fregatene"
            "|non badare"
        ),
        "pt": (
            "ignor|esquec|desconsider|desprez|deixa de lado|deixe de lado|deixar de lado"
            "|põe de lado|ponha de lado|pule|pular|salte|contorn|não ligue|descarte|descarta"
        ),
        "nl": (
            "negeer|negeren|genegeerd|vergeet|vergeten|sla over|overslaan|laat varen|zet opzij"
            "|leg naast je neer|buiten beschouwing|omzeil|let niet op|geen aandacht"
        ),
        "sv": (
            "ignorer|bortse|strunta i|struntar i|glöm|hoppa över|åsidosätt|förbise|lägg åt sidan"
            "|kringgå|bry dig inte om"
        ),
        "da": (
            "ignorer|glem|se bort|tilsidesæt|spring over|lad være med at følge|omgå|overse"
            "|læg til side|kassér"
        ),
        "no": (
            "ignorer|glem|se bort|overse|hopp over|tilsidesett|legg til side|omgå|ikke bry deg om"
            "|drit i"
        ),
        "pl": (
            "ignoruj|zignoruj|ignorow|zapomnij|zapomnieć|zapominaj|pomiń|pomijaj|lekceważ|zlekceważ"
            "|nie zwracaj uwagi|odrzuć|porzuć|odłóż na bok|omiń|obejdź|nie bierz pod uwagę"
            "|nie przejmuj się"
        ),
        "cs": (
            "ignoruj|ignorov|zapomeň|nevšímej|přeskoč|pomiň|nedbej|odhoď|zahoď|obejdi|neber ohled"
            "|neberte ohled|nerespektuj|odlož stranou|pusť z hlavy"
        ),
        "ro": (
            "ignor|uită|uitați|neglij|nu ține cont|nu lua în seamă|lasă deoparte|treci peste"
            "|ocolește|sari peste|renunță la"
        ),
        "hu": (
            "figyelmen kívül|felejtsd|felejts|elfelejt|ne törődj|ne foglalkozz|ugord át|hagyd ki"
            "|mellőz|tekints el|kerüld meg|ignorál"
        ),
        "tr": (
            "görmezden|yok say*|yoksay|unut|atla|göz ardı|önemseme|dikkate alma|umursama|boşver"
            "|aldırma|es geç"
        ),
        "ru": (
            "игнорир|проигнорир|забудь|забудьте|забы|не обращай внимания|не обращайте внимания"
            "|пренебрег|пропусти|отбрось|отбросьте|выбрось из головы|обойди|обойти|не учитывай"
            "|не учитывайте|не принимай во внимание|наплюй на"
        ),
        "uk": (
            "ігнору|проігнору|забудь|забудьте|забути|не звертай уваги|не звертайте уваги|знехтуй"
            "|нехтуй|пропусти|відкинь|відкиньте|обійди|не враховуй|не зважай"
        ),
        "el": (
            "αγνόη|αγνοεί|ξέχασε|ξεχάστε|ξεχν|παράβλεψε|παραβλέψτε|παράκαμψε|μην λαμβάνεις υπόψη"
            "|άφησε στην άκρη|παράλειψε"
        ),
        "ar": (
            "تجاهل|اهمل|انس|انسى|تناسى|لا تلتفت|تخط|تخطى|تجاوز|اترك جانبا|ضع جانبا"
            "|لا تأخذ في الاعتبار|غض النظر|اغفل"
        ),
        "he": (
            "התעלם|תתעלם|התעלמי|התעלמו|שכח|תשכח|שכחי|שכחו|דלג|תדלג|עקוף|אל תתייחס|אל תשים לב|זנח"
            "|הנח בצד|הניחו בצד"
        ),
        "fa": (
            "نادیده|فراموش کن|فراموش|بی‌توجه|بیخیال|بی خیال|صرف نظر|صرفنظر|اعتنا نکن|توجه نکن"
            "|دور بزن"
        ),
        "hi": (
            "अनदेखा|नज़रअंदाज़|भूल जाओ|भूल जाइए|भूल जाएं|भूल जाएँ|भूलो|ध्यान मत दो|ध्यान न दें"
            "|छोड़ दो|छोड़ दें|दरकिनार|उपेक्षा|अवहेलना"
        ),
        "bn": (
            "উপেক্ষা|অগ্রাহ্য|ভুলে যাও|ভুলে যান|পাত্তা দিও না|এড়িয়ে|বাদ দাও|বাদ দিন|আমলে নিও না"
        ),
        "id": (
            "abaikan|mengabaikan|diabaikan|lupakan|melupakan|dilupakan|hiraukan|jangan pedulikan"
            "|lewati|lewatkan|lompati|kesampingkan|singkirkan"
        ),
        "ms": (
            "abaikan|mengabaikan|diabaikan|lupakan|melupakan|hiraukan|endahkan|ketepikan|langkau"
            "|pinggirkan|tolak ke tepi"
        ),
        "vi": (
            "bỏ qua|phớt lờ|lờ đi|quên đi|quên hết|đừng để ý|đừng quan tâm|không cần tuân theo"
            "|bỏ mặc|gác lại|tạm gác|bất chấp|làm ngơ|không quan tâm"
        ),
        "th": "เพิกเฉย|ละเว้น|ละเลย|ไม่ต้องสนใจ|ไม่สนใจ|ลืม|มองข้าม|ข้ามไป|เมิน|ทิ้งไป",
        "zh": (
            "忽略|忽视|忽視|无视|無視|不理|别管|別管|不要管|忘记|忘記|忘掉|跳过|跳過|绕过|繞過|抛开"
            "|拋開|置之不理|不予理会|不予理會|别理会|別理會|撇开|撇開"
        ),
        "ja": "無視|忘れ|忘却|スキップ|飛ばし|気にしな|放棄|捨て|脇に置|考慮しない|従わな|迂回",
        "ko": (
            "무시|잊어|잊고|잊으|잊을|신경 쓰지|신경쓰지|건너뛰|생략|우회|제쳐|따르지 마|따르지 말"
            "|내버려"
        ),
    },
    "OVERRIDE": {
        "en": (
            "overrid|supersed|replac|cancel|revok|void=|invalid|no longer appl|no longer valid"
            "|no longer in effect|no longer stand|obsolete|overwrit|withdrawn|rescind|annul|reset"
            "|nullif|take precedence|takes precedence|outrank|trump=|expired"
        ),
        "de": (
            "überschreib|ersetz|aufgehoben|aufheben|hebe auf|außer kraft|ungültig|nichtig|widerruf"
            "|annullier|storniert|gelten nicht mehr|gilt nicht mehr|nicht mehr gültig|hinfällig"
            "|zurückgesetzt|zurücksetzen|setze zurück|vorrang"
        ),
        "fr": (
            "remplac|annul|révoqu|caduc|invalid|nul=|nulle=|ne s'applique plus|ne s'appliquent plus"
            "|n'est plus valable|ne sont plus valables|obsolète|écrase|écraser|prime sur"
            "|priment sur|réinitialis|abrog|outrepass|supplant"
        ),
        "es": (
            "anul|reemplaz|sustitu|invalid|revoc|cancel|deja sin efecto|quedan sin efecto"
            "|queda sin efecto|sin efecto|ya no aplic|ya no son válid|ya no es válid|ya no rige"
            "|ya no rigen|obsolet|sobrescrib|prevalec|tienen prioridad|tiene prioridad|restablec"
            "|reinici"
        ),
        "it": (
            "annull|sostitu|rimpiazz|revoc|invalid|non valgono più|non vale più|non sono più valid"
            "|non è più valid|non si applica più|non si applicano più|decadut|obsolet|sovrascriv"
            "|prevalg|hanno la precedenza|ha la precedenza|azzer|reimpost"
        ),
        "pt": (
            "anul|substitu|invalid|revog|cancel|sem efeito|não se aplica mais|não se aplicam mais"
            "|não valem mais|não vale mais|não são mais válid|já não se aplic|já não valem|obsolet"
            "|sobrescrev|sobrepõ|prevalec|têm prioridade|tem prioridade|redefin|reinici"
        ),
        "nl": (
            "vervang|vervallen|vervalt|ongeldig|nietig|ingetrokken|intrekk|annuleer|geannuleerd"
            "|herroep|overschrijf|overschreven|gelden niet meer|geldt niet meer"
            "|niet meer van toepassing|niet langer van toepassing|achterhaald|voorrang"
        ),
        "sv": (
            "ersätt|upphäv|ogiltig|annuller|återkall|gäller inte längre|inte längre gällande"
            "|inte längre giltig|skriv över|skrivs över|har företräde|går före|nollställ|återställ"
            "|makulera"
        ),
        "da": (
            "erstat|ophæv|ugyldig|annuller|tilbagekald|gælder ikke længere|ikke længere gældende"
            "|overskriv|har forrang|nulstil|sæt ud af kraft|bortfald"
        ),
        "no": (
            "erstatt|opphev|ugyldig|annuller|tilbakekall|gjelder ikke lenger|ikke lenger gjeldende"
            "|overstyr|overskriv|har forrang|går foran|nullstill|tilbakestill|sett ut av kraft"
            "|bortfall"
        ),
        "pl": (
            "zastąp|zastęp|unieważni|nieważn|anuluj|anulowan|odwołan|odwołuj|uchyl|nie obowiązuj"
            "|przestają obowiązywać|przestaje obowiązywać|już nie obowiązuj|nie mają zastosowania"
            "|nadpisz|nadpisuj|pierwszeństwo|wygasł|zresetuj|resetuj|przestarzał"
        ),
        "cs": (
            "nahraď|nahrazuj|nahrazen|zruš|neplatn|anuluj|odvol|přestávají platit|přestává platit"
            "|už neplatí|již neplatí|přepiš|mají přednost|má přednost|resetuj|pozbýv|zastaral"
        ),
        "ro": (
            "anul|înlocu|revoc|invalid|nu mai sunt valabil|nu mai este valabil|nu se mai aplic"
            "|nu mai aplic|caduc|suprascri|au prioritate|are prioritate|prevaleaz|reseteaz|abrog"
            "|depășit|nul=|nule="
        ),
        "hu": (
            "felülír|felülbírál|érvénytelen|hatályon kívül|visszavon|töröld|semmis|már nem érvényes"
            "|nem érvényesek|nem érvényes|lecserél|helyettesít|elsőbbség|visszaállít|nullázd"
            "|elavult"
        ),
        "tr": (
            "geçersiz|iptal|yürürlükten|artık geçerli|geçerli değil|yerine geç|yerini al"
            "|üzerine yaz|hükümsüz|öncelikli|sıfırla|kaldırıldı|feshedil|yok hükmünde"
        ),
        "ru": (
            "отмен|аннулир|замен|переопредел|недействител|утратил силу|утратили силу"
            "|больше не действу|не действуют|не действует|больше не применя|перезапиш|перезаписыв"
            "|имеют приоритет|имеет приоритет|приоритетн|сбрось|сбросить|устарел|отозван"
        ),
        "uk": (
            "скасу|анулю|замін|перевизнач|недійсн|втратили чинність|втратила чинність"
            "|втратив чинність|більше не діють|більше не діє|не діють|перезапиш|мають пріоритет"
            "|має пріоритет|пріоритетн|скинь|скинути|застаріл|відкликан"
        ),
        "el": (
            "ακυρ|αντικατάστ|αντικαθιστ|καταργ|δεν ισχύουν|δεν ισχύει|παύουν να ισχύουν|υπερισχύ"
            "|έχουν προτεραιότητα|έχει προτεραιότητα|επαναφορά|μηδένισ|παρωχημέν|ανακαλ"
        ),
        "ar": (
            "الغاء|الغي|ملغا|ملغي|لاغي|تلغي|يلغي|استبدل|استبدال|لم تعد سارية|لم تعد صالحة"
            "|لم يعد ساري|لم تعد تنطبق|باطل|غير صالحة|غير سارية|أولوية|إعادة ضبط|إعادة تعيين"
            "|تحل محل|يحل محل"
        ),
        "he": (
            "מבוטל|מבוטלות|בוטל|בוטלו|בטלות|בטלים|החלף|מחליף|מחליפות|הוחלף|הוחלפו|לא בתוקף"
            "|כבר לא בתוקף|אינן בתוקף|אינו בתוקף|לא חלות|פג תוקף|פגי תוקף|גוברות|גובר על|עדיפות"
            "|דורס|איפוס"
        ),
        "fa": (
            "لغو|باطل|نامعتبر|بی‌اعتبار|جایگزین|دیگر معتبر نیست|دیگر اعتبار ندارد"
            "|دیگر اعمال نمی‌شود|منسوخ|کنار گذاشته|اولویت|ریست|بازنشانی|ملغی"
        ),
        "hi": (
            "रद्द|निरस्त|अमान्य|बदल दो|बदल दें|प्रतिस्थापित|अब लागू नहीं|लागू नहीं|अब मान्य नहीं"
            "|मान्य नहीं|खारिज|ख़ारिज|ओवरराइड|प्राथमिकता|रीसेट|निष्प्रभावी"
        ),
        "bn": (
            "বাতিল|অকার্যকর|প্রতিস্থাপন|বদলে দাও|আর প্রযোজ্য নয়|প্রযোজ্য নয়|আর বৈধ নয়|বৈধ নয়"
            "|ওভাররাইড|অগ্রাধিকার|রিসেট|খারিজ|রহিত|মেয়াদোত্তীর্ণ"
        ),
        "id": (
            "batalkan|dibatalkan|membatalkan|batal=|tidak berlaku|tak berlaku|gantikan|menggantikan"
            "|digantikan|timpa|menimpa|ditimpa|tidak sah|usang|prioritas|atur ulang|reset|cabut"
            "|dicabut|mencabut"
        ),
        "ms": (
            "batalkan|dibatalkan|membatalkan|batal=|tidak lagi terpakai|tidak terpakai"
            "|tidak lagi sah|tidak sah|tidak berkuat kuasa|gantikan|menggantikan|digantikan|tindih"
            "|mengatasi|lapuk|keutamaan|set semula|tetapkan semula|mansuh|dimansuhkan"
        ),
        "vi": (
            "hủy bỏ|hủy các|hủy mọi|hủy tất cả|vô hiệu|thay thế|không còn hiệu lực|hết hiệu lực"
            "|không còn áp dụng|không áp dụng nữa|ghi đè|bãi bỏ|thu hồi|ưu tiên hơn|đặt lại"
            "|lỗi thời|không còn giá trị|mất hiệu lực"
        ),
        "th": (
            "ยกเลิก|โมฆะ|ไม่มีผล|ไม่ใช้แล้ว|ใช้ไม่ได้แล้ว|ไม่สามารถใช้ได้อีกต่อไป|แทนที่|เขียนทับ"
            "|มีผลเหนือกว่า|ลบล้าง|รีเซ็ต|ล้าสมัย|เพิกถอน"
        ),
        "zh": (
            "取消|作废|作廢|失效|无效|無效|覆盖|覆蓋|取代|替代|替换|替換|推翻|废除|廢除|撤销|撤銷"
            "|不再适用|不再適用|不再有效|优先于|優先於|重置|过时|過時|凌驾|凌駕"
        ),
        "ja": (
            "無効|取り消|取消|キャンセル|上書き|置き換え|置き換わ|撤回|廃止|もう適用されな"
            "|適用されません|効力を失|優先さ|優先し|リセット|時代遅れ|失効|破棄"
        ),
        "ko": (
            "무효|취소|대체|덮어쓰|재정의|폐기|철회|더 이상 적용되지|더 이상 유효하지|적용되지 않"
            "|유효하지 않|우선한|우선합|우선순위|초기화|리셋|효력을 잃"
        ),
    },
    "INSTRUCTIONS": {
        "en": (
            "instruct|directions|directive|guideline|guidance|rule=|rules=|ruleset|orders=|briefing"
            "|policy|policies|prompt|command=|commands=|constraint|programming|setup=|protocol"
            "|mandate|brief="
        ),
        "de": (
            "anweisung|anleitung|vorgabe|richtlinie|regel=|regeln=|regelwerk|befehl|instruktion"
            "|weisung|direktive|vorschrift|auftrag|aufträge|prompt|programmierung|briefing"
            "|leitlinie|instruiert"
        ),
        "fr": (
            "instruction|consigne|directive|règle|ordre=|ordres=|commande|prompt|lignes directrices"
            "|ligne directrice|politique|indications|programmation|briefing|protocole"
            "|ce qu'on t'a dit|ce qu'on vous a dit"
        ),
        "es": (
            "instrucci|indicaciones|directriz|directrices|directiva|regla|normas|norma=|órdenes"
            "|orden=|pautas|pauta=|prompt|consigna|política|programación|lineamiento|mandato"
            "|protocolo"
        ),
        "it": (
            "istruzion|indicazion|direttiv|regol|norme=|norma=|ordini|comand|prompt|linee guida"
            "|consegn|politic|programmazion|protocollo|briefing|disposizion"
        ),
        "pt": (
            "instruç|orientaç|diretriz|diretrizes|diretiva|regra|normas|norma=|ordens|ordem="
            "|comando|prompt|política|programação|protocolo|indicações|briefing"
        ),
        "nl": (
            "instructie|aanwijzing|richtlijn|regel=|regels=|opdracht|bevel|bevelen|prompt"
            "|voorschrift|beleid|programmering|briefing|protocol|gedragsregel|opgedragen"
        ),
        "sv": (
            "instruktion|anvisning|riktlinje|regel=|regler=|regelverk|direktiv|ordrar|befallning"
            "|kommando|prompt|policy|policyn|programmering|föreskrift|uppdrag|protokoll"
        ),
        "da": (
            "instruks|instruktion|anvisning|retningslinje|regel=|regler=|regelsæt|direktiv|ordre"
            "|befaling|kommando|prompt|politik|programmering|forskrift|protokol"
        ),
        "no": (
            "instruks|anvisning|retningslinje|regel=|regler=|regelverk|direktiv|ordre|ordrer"
            "|befaling|kommando|prompt|programmering|forskrift|protokoll"
        ),
        "pl": (
            "instrukc|polecen|wytyczn|zasad|reguła=|reguły=|regułami|regułach|regułę=|dyrektyw"
            "|rozkaz|komend|prompt|wskazówk|zalecen|polityk|programowan|nakaz|zlecen|protokoł"
        ),
        "cs": (
            "instrukc|pokyn|směrnic|pravidl|direktiv|příkaz|rozkaz|prompt|zásad|nařízen|programován"
            "|protokol|zadání"
        ),
        "ro": (
            "instrucțiun|indicați|directiv|reguli|regula=|regulă=|regulile|ordinele|ordine=|comenz"
            "|comand|prompt|politic|ghid|programar|protocol|norme|dispozi"
        ),
        "hu": (
            "utasít|irányelv|szabály|előírás|parancs|prompt|direktíva|rendelkezés|programoz"
            "|protokoll|eligazítás|útmutatás|útmutató|iránymutatás"
        ),
        "tr": (
            "talimat|yönerge|kural|direktif|emir=|emirler|emri=|emirleri|komut|istem=|istemi="
            "|istemini|prompt|politika|yönlendirme|programlan|protokol|yönetmelik|brifing|kılavuz"
        ),
        "ru": (
            "инструкц|указани|директив|правила=|правил=|правило=|правилам|правилах|предписан|приказ"
            "|команд|распоряжен|промпт|промт|установк|политик|руководств|программ|протокол"
            "|регламент"
        ),
        "uk": (
            "інструкц|вказівк|вказівок|настанов|директив|правила=|правил=|правило=|правилам"
            "|правилах|наказ|команд|розпоряджен|промпт|політик|налаштуван|програмуван|протокол"
            "|регламент"
        ),
        "el": (
            "οδηγί|εντολ|κανόνε|κανόνα|κανόνων|κανονισμ|διαταγ|προτροπή|prompt|πολιτική"
            "|προγραμματισμ|πρωτόκολλ|κατευθυντήρι|υποδείξ"
        ),
        "ar": (
            "تعليمات|توجيه|ارشاد|إرشادات|قواعد|قاعدة|قوانين|اوامر|أمر|سياسة|سياسات|موجه|برمجة"
            "|برمجتك|بروتوكول|ضوابط|لوائح"
        ),
        "he": (
            "הוראות|הוראה|הנחיות|הנחיה|הנחייה|כללים|חוקים|פקודות|פקודה|מדיניות|פרומפט|תדריך|נהלים"
            "|נוהל|תכנות|פרוטוקול"
        ),
        "fa": (
            "دستور|راهنما|رهنمود|قوانین|قانون|قواعد|فرمان|سیاست|پرامپت|برنامه‌ریزی|پروتکل|مقررات"
            "|ضوابط|رویه"
        ),
        "hi": (
            "निर्देश|आदेश|हिदायत|नियम|नीति|प्रॉम्प्ट|प्रोम्प्ट|कमांड|हुक्म|प्रोग्रामिंग|प्रोटोकॉल"
            "|गाइडलाइन"
        ),
        "bn": "নির্দেশ|আদেশ|নিয়ম|নীতি|গাইডলাইন|প্রম্পট|কমান্ড|হুকুম|প্রোগ্রামিং|প্রোটোকল|বিধি",
        "id": (
            "instruksi|petunjuk|arahan|pedoman|aturan|peraturan|perintah|prompt|kebijakan|panduan"
            "|ketentuan|pemrograman|protokol|direktif"
        ),
        "ms": (
            "arahan|petunjuk|peraturan|aturan|perintah|prompt|polisi=|garis panduan|panduan"
            "|ketetapan|pengaturcaraan|protokol|direktif|instruksi|suruhan"
        ),
        "vi": (
            "hướng dẫn|chỉ dẫn|chỉ thị|chỉ lệnh|quy tắc|nguyên tắc|quy định|luật lệ|mệnh lệnh|lệnh="
            "|câu lệnh|prompt|chính sách|lập trình|giao thức|điều lệ"
        ),
        "th": (
            "คำสั่ง|คำแนะนำ|คำชี้แจง|แนวทาง|กฎ|ข้อกำหนด|ข้อบังคับ|นโยบาย|พรอมต์|พรอมท์|โปรแกรม"
            "|ระเบียบ|หลักเกณฑ์|โปรโตคอล"
        ),
        "zh": (
            "指令|指示|说明|說明|规则|規則|规定|規定|准则|準則|命令|提示词|提示詞|指引|方针|方針"
            "|政策|设定|設定|守则|守則|约束|約束|编程|協議|协议|吩咐|交代"
        ),
        "ja": (
            "指示|命令|指令|ルール|規則|規定|ガイドライン|方針|ポリシー|プロンプト|設定|制約"
            "|インストラクション|指針|言いつけ|プログラム|取り決め|決まり"
        ),
        "ko": (
            "지시|지침|명령|규칙|규정|가이드라인|정책|프롬프트|설정|지령|안내사항|방침|제약"
            "|프로그래밍|인스트럭션"
        ),
    },
    "SYSTEM_PROMPT": {
        "en": (
            "system= prompt|system= message|system= instruction|systems= prompt|initial prompt"
            "|hidden prompt|hidden instruction|secret instruction|pre-prompt|preprompt|meta prompt"
            "|metaprompt|system= configuration|configuration|config=|underlying prompt|base= prompt"
            "|developer message|system= text|original prompt|starting prompt|systemprompt"
        ),
        "de": (
            "systemprompt|system-prompt|systemnachricht|systemanweisung|systemmeldung"
            "|ausgangsprompt|versteckte anweisung|verborgene anweisung|geheime anweisung"
            "|konfiguration|initialer prompt|ursprünglicher prompt|grundeinstellung|voreinstellung"
            "|system= instruktion|systemvorgabe"
        ),
        "fr": (
            "prompt système|invite système|message système|messages système|instructions système"
            "|consignes système|prompt initial|prompt caché|instructions cachées|consignes cachées"
            "|configuration|paramétrage|invite initiale|prompt d'origine|instructions d'origine"
        ),
        "es": (
            "prompt del sistema|prompt de sistema|mensaje del sistema|mensaje de sistema"
            "|instrucciones del sistema|instrucciones de sistema|indicaciones del sistema"
            "|prompt inicial|prompt oculto|instrucciones ocultas|configuración|prompt original"
        ),
        "it": (
            "prompt di sistema|prompt del sistema|messaggio di sistema|messaggio del sistema"
            "|istruzioni di sistema|istruzioni nascoste|prompt iniziale|prompt nascosto"
            "|configurazione|impostazioni iniziali|prompt originale"
        ),
        "pt": (
            "prompt do sistema|prompt de sistema|mensagem do sistema|mensagem de sistema"
            "|instruções do sistema|instruções de sistema|instruções ocultas|prompt inicial"
            "|prompt oculto|configuração|prompt original|orientações do sistema"
        ),
        "nl": (
            "systeemprompt|systeembericht|systeeminstructie|systeem= prompt|verborgen instructie"
            "|geheime instructie|initiële prompt|oorspronkelijke prompt|configuratie"
            "|verborgen prompt|systeemmelding"
        ),
        "sv": (
            "systemprompt|systemmeddelande|systeminstruktion|system= prompt|dold instruktion"
            "|dolda instruktion|hemliga instruktion|ursprungliga prompt|initial prompt"
            "|konfiguration|dold prompt|dolda prompt"
        ),
        "da": (
            "systemprompt|systembesked|systemmeddelelse|systeminstruks|system= prompt"
            "|skjulte instruks|skjult prompt|hemmelige instruks|oprindelige prompt|konfiguration"
            "|indledende prompt"
        ),
        "no": (
            "systemprompt|systemmelding|systeminstruks|system= prompt|skjulte instruks"
            "|skjult prompt|hemmelige instruks|opprinnelige prompt|konfigurasjon|innledende prompt"
            "|systemledetekst"
        ),
        "pl": (
            "prompt systemow|systemow prompt|komunikat systemow|wiadomo systemow|instrukcj systemow"
            "|systemow instrukcj|ukryt instrukcj|ukryt prompt|początkow prompt|pierwotn prompt"
            "|konfiguracj|polecen systemow"
        ),
        "cs": (
            "systémov prompt|prompt systému|systémov zpráv|systémov instrukc|skryt instrukc"
            "|skryt prompt|skryt pokyn|počáteční prompt|původní prompt|konfigurac|systémov pokyn"
        ),
        "ro": (
            "prompt de sistem|prompt sistem|promptul sistemului|mesaj de sistem|mesajul de sistem"
            "|mesajul sistemului|instrucțiun de sistem|instrucțiunile sistemului|instrucțiun ascuns"
            "|prompt ascuns|prompt inițial|configura"
        ),
        "hu": (
            "rendszerprompt|rendszerüzenet|rendszerutasítás|rendszer= prompt"
            "|rendszerszintű utasítás|rejtett utasítás|rejtett prompt|titkos utasítás"
            "|kezdeti prompt|eredeti prompt|konfiguráció|alapbeállítás"
        ),
        "tr": (
            "sistem istem|sistem mesaj|sistem talimat|sistem prompt|sistem_istem|gizli talimat"
            "|gizli istem|başlangıç istemi|ilk istem|orijinal istem|yapılandırma|konfigürasyon"
        ),
        "ru": (
            "системн промпт|системн промт|системн подсказк|системн сообщен|системн инструкц"
            "|системн настройк|системн указан|скрыт инструкц|скрыт промпт|скрыт подсказк"
            "|исходн промпт|изначальн промпт|начальн промпт|первоначальн инструкц|конфигурац"
        ),
        "uk": (
            "системн промпт|системн підказк|системн повідомлен|системн інструкц|прихован інструкц"
            "|прихован промпт|початков промпт|вихідн промпт|конфігурац|системн налаштуван"
        ),
        "el": (
            "μήνυμα συστήματ|prompt συστήματ|οδηγί συστήματ|προτροπ συστήματ|εντολ συστήματ"
            "|κρυφ οδηγί|κρυφ εντολ|κρυφ προτροπ|αρχικ οδηγί|αρχικ προτροπ|αρχικ prompt|διαμόρφωσ"
        ),
        "ar": (
            "موجه نظام|رسالة نظام|تعليمات نظام|برومبت نظام|تعليمات مخفية|تعليمات سرية|موجه اولي"
            "|تعليمات اولية|تعليمات اصلية|اعدادات نظام|تهيئة|موجه نظامي"
        ),
        "he": (
            "הנחיות מערכת|הנחיית מערכת|פרומפט מערכת|הודעת מערכת|הוראות מערכת|הנחיות נסתרות"
            "|הוראות נסתרות|הנחיות סודיות|הנחיות ראשוניות|פרומפט מקורי|פרומפט המקורי|תצורה"
            "|הגדרות מערכת|הגדרות התחלתיות"
        ),
        "fa": (
            "پرامپت سیستم|پیام سیستم|دستورالعمل سیستم|دستورات سیستم|دستورالعمل پنهان|دستورات پنهان"
            "|دستورات مخفی|دستورالعمل مخفی|پرامپت اولیه|پرامپت اصلی|پیکربندی|تنظیمات سیستم"
            "|تنظیمات اولیه"
        ),
        "hi": (
            "सिस्टम प्रॉम्प्ट|सिस्टम प्रोम्प्ट|सिस्टम संदेश|सिस्टम मैसेज|सिस्टम निर्देश"
            "|छिपे निर्देश|छिपे हुए निर्देश|गुप्त निर्देश|प्रारंभिक प्रॉम्प्ट|मूल प्रॉम्प्ट"
            "|कॉन्फ़िगरेशन|कॉन्फिगरेशन|सिस्टम सेटिंग|प्रारंभिक निर्देश|मूल निर्देश"
        ),
        "bn": (
            "সিস্টেম প্রম্পট|সিস্টেম বার্তা|সিস্টেম মেসেজ|সিস্টেম নির্দেশ|লুকানো নির্দেশ"
            "|গোপন নির্দেশ|প্রাথমিক প্রম্পট|মূল প্রম্পট|কনফিগারেশন|সিস্টেম সেটিং|প্রাথমিক নির্দেশ"
        ),
        "id": (
            "prompt sistem|pesan sistem|instruksi sistem|perintah sistem|instruksi tersembunyi"
            "|prompt tersembunyi|instruksi rahasia|prompt awal|prompt asli|konfigurasi"
            "|pengaturan sistem|instruksi awal|petunjuk sistem|arahan sistem"
        ),
        "ms": (
            "prompt sistem|mesej sistem|arahan sistem|arahan tersembunyi|arahan rahsia"
            "|prompt tersembunyi|prompt asal|prompt awal|konfigurasi|tetapan sistem|tetapan awal"
            "|arahan asal"
        ),
        "vi": (
            "lời nhắc hệ thống|prompt hệ thống|thông điệp hệ thống|tin nhắn hệ thống"
            "|chỉ dẫn hệ thống|hướng dẫn hệ thống|hướng dẫn ẩn|chỉ dẫn ẩn|lời nhắc ban đầu"
            "|prompt ban đầu|prompt gốc|cấu hình|thiết lập hệ thống|cài đặt hệ thống|lời nhắc gốc"
        ),
        "th": (
            "พรอมต์ระบบ|ข้อความระบบ|คำสั่งระบบ|คำสั่งที่ซ่อน|คำสั่งลับ|พรอมต์เริ่มต้น|พรอมต์ต้นฉบับ"
            "|การกำหนดค่า|การตั้งค่าระบบ"
        ),
        "zh": (
            "系统提示|系統提示|系统消息|系統訊息|系统指令|系統指令|系统设定|系統設定|隐藏指令"
            "|隱藏指令|隐藏提示|隱藏提示|初始提示|初始指令|原始提示|原始指令|配置|系统信息|系統資訊"
            "|预设提示|預設提示|秘密指令"
        ),
        "ja": (
            "システムプロンプト|システムメッセージ|システム指示|システム設定|隠された指示|隠し指示"
            "|秘密の指示|初期プロンプト|初期設定|元のプロンプト|最初のプロンプト|コンフィグ"
        ),
        "ko": (
            "시스템 프롬프트|시스템프롬프트|시스템 메시지|시스템 지시|시스템 지침|시스템 설정"
            "|숨겨진 지시|숨겨진 지침|숨겨진 프롬프트|비밀 지시|초기 프롬프트|초기 지시"
            "|원래 프롬프트|원본 프롬프트|설정값"
        ),
    },
    "PRIOR": {
        "en": (
            "previous|earlier|above=|prior=|initial|original|before=|preceding|foregoing|former"
            "|past=|beforehand|first= message|up= to now|so far=|until now|at the start|opening"
            "|existing|old=|older|aforementioned|given to you"
        ),
        "de": (
            "vorherig|vorige|früher|bisherig|obig|oben=|vorangegangen|vorangehend|vorausgegangen"
            "|ursprünglich|anfänglich|initial|zuvor|vorhin|alte=|alten=|alter=|zu beginn|am anfang"
            "|vorher|vorstehend|ersten nachricht|bis jetzt|bislang"
        ),
        "fr": (
            "précédent|antérieur|initial|initiaux|original|originaux|d'origine|ci-dessus|plus haut"
            "|auparavant|avant=|jusqu'ici|jusqu'à présent|au début|au départ|ancien|premières"
            "|premier message|préalable|précédemment"
        ),
        "es": (
            "anterior|previo|previa|inicial|iniciales|original|originales|de arriba|más arriba"
            "|antes=|hasta ahora|hasta el momento|al principio|al inicio|precedente|antigu"
            "|primer mensaje"
        ),
        "it": (
            "precedent|anterior|iniziale|iniziali|originale|originali|originari|sopra=|qui sopra"
            "|prima=|finora|fino ad ora|fino a ora|all'inizio|in precedenza|vecchie|vecchi=|vecchio"
            "|primo messaggio|di partenza"
        ),
        "pt": (
            "anterior|prévia|prévio|inicial|iniciais|original|originais|acima=|antes=|até agora"
            "|no início|de antes|antig|precedente|primeira mensagem"
        ),
        "nl": (
            "vorige|vorig=|eerdere|eerder=|voorgaande|voorafgaande|bovenstaande|hierboven"
            "|oorspronkelijk|initieel|initiële|oude=|tot nu toe|aan het begin|originele"
            "|eerste bericht|daarvoor"
        ),
        "sv": (
            "tidigare|föregående|ovanstående|ovan=|ursprungliga|ursprunglig|initial|inledande"
            "|gamla=|hittills|i början|första meddelandet|förra=|innan=|ovanför"
        ),
        "da": (
            "tidligere|foregående|ovenstående|ovenfor|oprindelig|initial|indledende|gamle=|hidtil"
            "|indtil nu|i starten|i begyndelsen|første besked|forrige|forudgående"
        ),
        "no": (
            "tidligere|foregående|ovenstående|ovenfor|opprinnelig|innledende|initial|gamle=|hittil"
            "|til nå|i starten|i begynnelsen|første melding|forrige|forutgående"
        ),
        "pl": (
            "poprzedni|wcześniejsz|wcześniej|powyższ|powyżej|początkow|pierwotn|oryginaln"
            "|dotychczasow|dotąd|do tej pory|na początku|stare=|starych|stary=|uprzedni|wyżej"
            "|otrzyman"
        ),
        "cs": (
            "předchoz|dřívějš|výše|počáteční|původní|dosavadn|dosud|doposud|na začátku|staré="
            "|starých|první zpráv|předešl|obdržen"
        ),
        "ro": (
            "anterio|precedent|inițial|original|de mai sus|mai sus|dinainte|înainte|până acum"
            "|la început|vechi=|vechile|primul mesaj|primite"
        ),
        "hu": (
            "előző|korábbi|korábban|fenti|fentebb|eredeti|kezdeti|kezdetben|eddigi|eddig=|régi="
            "|régebbi|az elején|első üzenet|megelőző"
        ),
        "tr": (
            "önceki|daha önce|yukarıdaki|yukarıda|ilk=|ilk mesaj|orijinal|başlangıç|asıl="
            "|şimdiye kadar|şu ana kadar|eski=|eskiden|evvelki|verilen"
        ),
        "ru": (
            "предыдущ|прежн|ранее|раньше|ранн|выше=|вышеуказан|вышеизложен|изначальн|исходн"
            "|первоначальн|начальны|начальной|до этого|до сих пор|в начале|старые|старых"
            "|первое сообщение|предшествующ|полученн"
        ),
        "uk": (
            "попередн|раніше|раніш|вище=|вищезазначен|початков|первинн|оригінальн|досі|до цього"
            "|на початку|старі=|старих|перше повідомлення|отриман|колишн"
        ),
        "el": (
            "προηγούμεν|παραπάνω|ανωτέρω|αρχικ|πρωτότυπ|νωρίτερα|πριν=|μέχρι τώρα|ως τώρα|στην αρχή"
            "|παλιές|παλιούς|πρώτο μήνυμα|προγενέστερ|δοθείσ"
        ),
        "ar": (
            "سابق|مسبق|اعلاه|أولي|اصلي|أصلي|قبل=|من قبل|حتى الان|في البداية|قديم|اول رسالة"
            "|الواردة اعلاه|المذكورة|المتقدمة"
        ),
        "he": (
            "קודמ|קודם=|מוקדמ|שלמעלה|למעלה|לעיל|ראשוני|מקורי|עד עכשיו|עד כה|בהתחלה|ישנות|ישנים"
            "|הודעה הראשונה|שקיבלת|מקודם|לפני="
        ),
        "fa": (
            "قبلی|پیشین|قبل=|پیش=|اولیه|اصلی|بالا=|بالایی|تا الان|تاکنون|تا کنون|در ابتدا|ابتدایی"
            "|قدیمی|سابق|پیشتر|نخستین پیام|دریافتی|قبلا"
        ),
        "hi": (
            "पिछल|पूर्व=|पूर्ववर्ती|पहले|ऊपर=|ऊपर दिए|उपरोक्त|शुरुआती|प्रारंभिक|आरंभिक|मूल=|असली"
            "|अब तक|शुरू में|पुरान|पहला संदेश"
        ),
        "bn": (
            "আগের|পূর্ববর্তী|পূর্বের|উপরের|উপরে|প্রাথমিক|মূল=|আসল|এখন পর্যন্ত|শুরুতে|পুরনো|পুরোনো"
            "|আগে=|প্রথম বার্তা|পূর্বে"
        ),
        "id": (
            "sebelumnya|terdahulu|di atas|atas=|awal=|awalnya|semula|asli=|sejauh ini"
            "|sampai sekarang|hingga kini|tadi=|lama=|sebelum ini|pertama=|dari awal"
        ),
        "ms": (
            "sebelumnya|sebelum ini|terdahulu|di atas|atas=|awal=|asal=|asalnya|setakat ini"
            "|hingga kini|tadi=|lama=|pada mulanya|terawal"
        ),
        "vi": (
            "trước đó|trước đây|trước=|phía trên|ở trên|bên trên|ban đầu|gốc=|nguyên bản"
            "|cho đến nay|từ trước|lúc đầu|tin nhắn đầu tiên|trên đây"
        ),
        "th": (
            "ก่อนหน้า|ข้างต้น|ด้านบน|ข้างบน|ดั้งเดิม|เริ่มต้น|แรกเริ่ม|ก่อนนี้|ที่ผ่านมา"
            "|จนถึงตอนนี้|ตั้งแต่แรก"
        ),
        "zh": (
            "之前|先前|以前|此前|前面的|上面的|上述|上文|最初|初始|原始|原来的|原來的|原先|早先"
            "|迄今|到目前为止|到目前為止|一开始|一開始|旧的|舊的|前述"
        ),
        "ja": (
            "以前|前の|これまでの|今までの|先ほど|さっきの|上記|上の|最初の|初期|元の|もとの|従来"
            "|当初|前述|既存の|古い"
        ),
        "ko": (
            "이전|앞의|앞선|위의|위에|상기|처음|최초|초기|원래|기존|지금까지|이제까지|예전|과거"
            "|먼저 받은|앞서"
        ),
    },
    "REVEAL": {
        "en": (
            "reveal|show=|shows=|showing=|shown=|print|output|repeat|disclos|display|tell me|leak"
            "|dump=|expose|recite|divulge|share with me|copy out|write out|spell out|list all|paste"
            "|echo|read back|give me your|what are your|what were you told"
        ),
        "de": (
            "zeig|offenleg|offenbare|offenbaren|verrat|gib aus|ausgeben|drucke|druck aus|ausdruck"
            "|wiederhol|nenn|sag mir|sage mir|teile mir|enthüll|preisgeb|auflisten|liste auf|kopier"
            "|anzeig|verrate"
        ),
        "fr": (
            "révél|révèl|montre|affich|imprim|répét|répèt|divulgu|dévoil|dis-moi|dites-moi"
            "|indique-moi|donne-moi|donnez-moi|récite|écris|recopie|énumère|partage|fais fuiter"
            "|communique|expose|restitue|reproduis"
        ),
        "es": (
            "revela|muestr|mostr|imprim|repit|repet|divulg|enseñ|dime=|dígame|dinos|copia|enumera"
            "|comparte|filtra|expón|exhib|despliega|recita|reproduce|dame=|danos|indícame"
        ),
        "it": (
            "rivel|mostra|stampa|ripeti|divulg|dimmi|ditemi|elenca|condividi|espon|visualizz|recita"
            "|riporta|dammi|fammi vedere|palesa|trascrivi|riproduci|svela"
        ),
        "pt": (
            "revel|mostr|exib|imprim|repet|divulg|diga|diz-me|me diga|me diz|liste=|enumere"
            "|compartilh|expõe|expor=|exponha|vaze|vazar|recite|dê-me|me dê|reproduza|apresente"
        ),
        "nl": (
            "onthul|laat zien|toon|tonen|toont|weergeven|geef weer|print|druk af|herhaal|vertel"
            "|verklap|lekken|schrijf op|schrijf uit|kopieer|noem|opsomm|som op|geef me|citeer"
            "|reproduceer"
        ),
        "sv": (
            "avslöja|visa=|visar|visa mig|skriv ut|skriva ut|upprepa|återge|berätta|läck|dela med"
            "|lista=|räkna upp|kopiera|citera|redovisa|presentera|ge mig|uppge"
        ),
        "da": (
            "afslør|vis=|vis mig|viser|udskriv|print|gentag|fortæl|læk|del med|opremse|kopier|citér"
            "|gengiv|oplys|giv mig|fremvis"
        ),
        "no": (
            "avslør|vis=|vis meg|viser|skriv ut|gjenta|fortell|lekk|del med|list opp|ramse opp"
            "|kopier|siter|gjengi|oppgi|gi meg|fremvis"
        ),
        "pl": (
            "ujawn|pokaż|pokazuj|wyświetl|wypisz|wydrukuj|powtórz|zdradź|powiedz|podaj|przytocz"
            "|zacytuj|cytuj|wymień|skopiuj|przepisz|udostępnij|napisz|wylistuj|wypluj"
        ),
        "cs": (
            "odhal|ukaž|zobraz|vypiš|vytiskni|zopakuj|opakuj|prozraď|řekni|sděl|uveď|vyjmenuj|cituj"
            "|odcituj|zkopíruj|přepiš|napiš|zveřejni|vyzraď"
        ),
        "ro": (
            "dezvălui|arată|afișează|afiș|printeaz|tipărește|repetă|spune-mi|spuneți-mi|divulg"
            "|enumeră|listeaz|copiaz|citează|reproduce|dă-mi|expune|comunică|împărtășește"
        ),
        "hu": (
            "fedd fel|felfed|mutasd|mutass|mutat|jelenítsd meg|írd ki|nyomtasd|ismételd|áruld el"
            "|mondd el|mondd meg|mondja el|sorold fel|másold|idézd|oszd meg|add meg|közöld|tárd fel"
        ),
        "tr": (
            "göster|açığa çıkar|ifşa|yazdır|tekrarla|söyle|paylaş|listele|sırala|kopyala|alıntıla"
            "|yaz=|dök=|çıktı|ver bana|bana ver|belirt"
        ),
        "ru": (
            "раскр|покаж|показ|выведи|выводи|распечат|напечат|повтор|разглас|скажи|расскажи|сообщи"
            "|перечисл|процитир|цитир|скопир|перепиши|выдай|озвуч|поделись|выложи|отобраз"
        ),
        "uk": (
            "розкри|покажи|показ|виведи|надрукуй|роздрукуй|повтори|розголос|скажи|розкажи|повідом"
            "|перелічи|процитуй|цитуй|скопіюй|перепиши|видай|озвуч|поділись|виклади|відобраз"
        ),
        "el": (
            "αποκάλυψ|αποκαλύπτ|δείξ|δείχν|εμφάνισ|τύπωσ|εκτύπωσ|επανάλαβ|επαναλ|πες μου|πείτε μου"
            "|ανέφερε|απαρίθμησ|παράθεσ|αντίγραψ|μοιράσου|γράψε|κοινοποίησ|δώσε μου"
        ),
        "ar": (
            "اكشف|كشف|أظهر|اظهر|اعرض|عرض|اطبع|طباعة|كرر|أعد كتابة|افصح|إفصاح|قل لي|اخبر|اذكر|اسرد"
            "|سرد|انسخ|اقتبس|شارك|سرب|تسريب|اكتب لي|أرني|ارني|بين لي"
        ),
        "he": (
            "חשוף|תחשוף|חשפי|גלה|תגלה|הצג|תציג|הציגי|הדפס|תדפיס|חזור על|תחזור על|ספר לי|תספר לי"
            "|אמור לי|תגיד|פרט|צטט|תצטט|העתק|תעתיק|שתף|הדלף|הראה|תראה לי|הראה לי"
        ),
        "fa": (
            "فاش|نشان بده|نشان دهید|نشان|نمایش|چاپ کن|چاپ=|تکرار|بگو|به من بگو|بازگو|افشا|لو بده"
            "|لیست کن|فهرست کن|نقل قول|کپی کن|اعلام کن|ارائه بده|بده به من"
        ),
        "hi": (
            "प्रकट|दिखा|बताओ|बताएं|बताइए|बताएँ|बता दो|बताना|प्रिंट|छापो|दोहराओ|दोहराएं|उजागर|खुलासा"
            "|साझा करो|सूची बनाओ|गिनाओ|उद्धृत|कॉपी|आउटपुट|लीक"
        ),
        "bn": (
            "প্রকাশ|দেখা|বলো|বলুন|বল=|আমাকে বলো|প্রিন্ট|ছাপাও|পুনরাবৃত্তি|আবার লেখ|ফাঁস|উন্মোচন"
            "|তালিকা|উদ্ধৃত|কপি|আউটপুট|শেয়ার|জানাও|জানান"
        ),
        "id": (
            "ungkap|mengungkapkan|tunjukkan|menunjukkan|perlihatkan|tampilkan|menampilkan|cetak"
            "|mencetak|ulangi|mengulangi|beritahu|beri tahu|katakan|sebutkan|bocorkan|membocorkan"
            "|salin|kutip|bagikan|tuliskan|tulis ulang|paparkan|jabarkan"
        ),
        "ms": (
            "dedahkan|mendedahkan|tunjukkan|paparkan|memaparkan|cetak|ulangi|beritahu|beri tahu"
            "|katakan|sebutkan|bocorkan|salin|petik|kongsi|tuliskan|senaraikan|keluarkan"
        ),
        "vi": (
            "tiết lộ|hiển thị|cho tôi xem|cho xem|in ra|lặp lại|nhắc lại|nói cho tôi|cho tôi biết"
            "|liệt kê|sao chép|trích dẫn|chia sẻ|để lộ|xuất ra|viết ra|công bố|bật mí|chép lại"
        ),
        "th": (
            "เปิดเผย|แสดง|ให้ดู|พิมพ์|ทวน|พูดซ้ำ|บอกฉัน|บอกผม|บอกมา|บอกให้|แจ้ง|แจกแจง|คัดลอก|ยกมา"
            "|เขียนออกมา|รั่วไหล|แชร์"
        ),
        "zh": (
            "透露|揭示|显示|顯示|展示|输出|輸出|打印|印出|重复|重複|复述|複述|告诉我|告訴我|说出"
            "|說出|讲出|講出|泄露|洩露|泄漏|列出|写出|寫出|复制|複製|引用|给我看|給我看|公开|公開"
            "|吐出|念出|背诵|背誦"
        ),
        "ja": (
            "明かし|明かす|明かせ|見せ|表示|出力|印刷|繰り返|教え|書き出|列挙|一覧|コピー|引用"
            "|漏らし|漏洩|暴露|公開|共有|開示|復唱"
        ),
        "ko": (
            "공개|밝혀|보여|출력|인쇄|반복|말해|알려|누설|유출|나열|열거|복사|인용|적어|써 줘|써줘"
            "|읊어|공유|드러내|털어놓|폭로|노출"
        ),
    },
    "VERBATIM": {
        "en": (
            "verbatim|word for word|word-for-word|exact wording|exact words|exactly|literally"
            "|character for character|letter for letter|in full=|full text|entire text|entirety"
            "|unaltered|unmodified|as-is|as is|without changes|complete text|raw=|line by line"
            "|code block|codeblock|same words"
        ),
        "de": (
            "wörtlich|wortwörtlich|wortgetreu|buchstabengetreu|exakt|genau so|genauso|im wortlaut"
            "|vollständig|unverändert|vollen wortlaut|originalwortlaut|zeichen für zeichen"
            "|ohne änderung|komplett|codeblock|ganzen text|eins zu eins"
        ),
        "fr": (
            "mot pour mot|mot à mot|textuellement|verbatim|à l'identique|exactement|littéralement"
            "|intégral|en entier|tel quel|telle quelle|tels quels|sans modification"
            "|caractère par caractère|au complet|bloc de code|texte complet"
        ),
        "es": (
            "palabra por palabra|textual|literalmente|literal=|exactamente|al pie de la letra"
            "|íntegr|completo=|completa=|tal cual|sin cambios|sin modificar|carácter por carácter"
            "|bloque de código|texto completo"
        ),
        "it": (
            "parola per parola|testualmente|alla lettera|letteralmente|esattamente|integral"
            "|per intero|così com'è|senza modifiche|carattere per carattere|blocco di codice"
            "|testo completo|verbatim"
        ),
        "pt": (
            "palavra por palavra|textualmente|literalmente|ao pé da letra|exatamente|integral"
            "|na íntegra|por inteiro|tal como está|sem alterações|sem modificações"
            "|caractere por caractere|bloco de código|texto completo|verbatim"
        ),
        "nl": (
            "woord voor woord|woordelijk|letterlijk|precies|exact|volledig|integraal|ongewijzigd"
            "|zoals het is|teken voor teken|codeblok|volledige tekst|in zijn geheel|verbatim"
        ),
        "sv": (
            "ordagrant|ord för ord|bokstavlig|exakt|precis som|i sin helhet|fullständig|oförändrad"
            "|oförändrat|tecken för tecken|kodblock|hela texten|verbatim"
        ),
        "da": (
            "ordret|ord for ord|bogstaveligt|præcis|nøjagtig|fuldstændig|i sin helhed|uændret"
            "|tegn for tegn|kodeblok|hele teksten|verbatim"
        ),
        "no": (
            "ordrett|ord for ord|bokstavelig|nøyaktig|presis|fullstendig|i sin helhet|uendret"
            "|tegn for tegn|kodeblokk|hele teksten|verbatim"
        ),
        "pl": (
            "dosłown|słowo w słowo|słowo po słowie|dokładn|w całości|pełn treść|bez zmian"
            "|znak po znaku|blok kodu|cały tekst|verbatim|wiernie"
        ),
        "cs": (
            "doslova|doslovn|slovo od slova|slovo za slovem|přesně|celé znění|v plném znění"
            "|plném znění|beze změn|bez změn|znak po znaku|blok kódu|celý text|verbatim|úplné znění"
        ),
        "ro": (
            "cuvânt cu cuvânt|textual|literal|exact=|exact ca|întocmai|integral|în întregime"
            "|fără modificări|caracter cu caracter|bloc de cod|textul complet|verbatim"
        ),
        "hu": (
            "szó szerint|szóról szóra|szószerint|pontosan|betű szerint|betűről betűre"
            "|teljes egészében|teljes szöveg|változtatás nélkül|módosítás nélkül"
            "|karakterről karakterre|kódblokk|verbatim|változatlan|egy az egyben"
        ),
        "tr": (
            "kelimesi kelimesine|harfi harfine|aynen|birebir|tam olarak|eksiksiz|değiştirmeden"
            "|olduğu gibi|tam metin|kod bloğu|verbatim|kelime kelime"
        ),
        "ru": (
            "дословн|слово в слово|слово за словом|буквально|точно=|в точности|целиком|полностью"
            "|без изменений|как есть|посимвольно|полный текст|блок кода|verbatim"
        ),
        "uk": (
            "дослівн|слово в слово|буквально|точно=|повністю|цілком|без змін|як є|посимвольно"
            "|повний текст|блок коду"
        ),
        "el": (
            "αυτολεξεί|λέξη προς λέξη|κατά λέξη|επακριβώς|ακριβώς|πλήρως|ολόκληρ|χωρίς αλλαγές"
            "|χωρίς τροποποίηση|όπως είναι|πλήρες κείμενο|μπλοκ κώδικα|γράμμα προς γράμμα|verbatim"
        ),
        "ar": (
            "حرفيا|حرفي|كلمة بكلمة|بالحرف|بالضبط|تماما|كما هو|كما هي|دون تعديل|بدون تعديل|دون تغيير"
            "|بدون تغيير|كامل|النص الكامل|حرفا بحرف|كتلة شيفرة|كتلة كود"
        ),
        "he": (
            "מילה במילה|מילולית|בדיוק|במדויק|כלשונו|כלשונה|כלשונן|במלואו|במלואה|במלואן|ללא שינוי"
            "|בלי שינוי|בלי שינויים|כמו שהוא|טקסט מלא|תו אחר תו|בלוק קוד"
        ),
        "fa": (
            "کلمه به کلمه|لغت به لغت|عیناً|عینا|دقیقا|دقیقاً|به طور کامل|کامل=|کاملا|بدون تغییر"
            "|بی‌تغییر|همانطور که هست|متن کامل|حرف به حرف|بلوک کد|بی کم و کاست"
        ),
        "hi": (
            "शब्दशः|शब्दश|शब्द दर शब्द|हूबहू|ज्यों का त्यों|जैसा है वैसा|बिल्कुल वैसा|पूरा="
            "|पूरी तरह|पूरा पाठ|पूर्ण पाठ|बिना बदलाव|बिना बदले|अक्षरशः|कोड ब्लॉक|सटीक"
        ),
        "bn": (
            "হুবহু|শব্দে শব্দে|শব্দের পর শব্দ|অক্ষরে অক্ষরে|যেমন আছে|ঠিক যেমন|সম্পূর্ণ|পুরো=|পুরোটা"
            "|পুরো লেখা|পরিবর্তন ছাড়া|অবিকল|কোড ব্লক|আক্ষরিক"
        ),
        "id": (
            "kata demi kata|kata per kata|persis|apa adanya|secara harfiah|harfiah|lengkap="
            "|secara lengkap|seluruhnya|utuh|tanpa perubahan|tanpa diubah|huruf demi huruf"
            "|blok kode|teks lengkap|verbatim"
        ),
        "ms": (
            "perkataan demi perkataan|kata demi kata|tepat=|bulat-bulat|seadanya|secara harfiah"
            "|harfiah|lengkap=|sepenuhnya|keseluruhannya|tanpa perubahan|tanpa diubah"
            "|huruf demi huruf|blok kod|teks penuh|verbatim"
        ),
        "vi": (
            "nguyên văn|từng chữ|từng từ|chính xác|đầy đủ|toàn bộ|toàn văn|y nguyên|y hệt"
            "|không thay đổi|không chỉnh sửa|giữ nguyên|khối mã|khối code|từng ký tự"
        ),
        "th": (
            "คำต่อคำ|ตามตัวอักษร|ทุกคำ|ตรงตัว|แบบเต็ม|ฉบับเต็ม|ครบถ้วน|โดยไม่เปลี่ยนแปลง"
            "|ไม่ต้องแก้ไข|ตามต้นฉบับ|บล็อกโค้ด|อย่างแม่นยำ"
        ),
        "zh": (
            "逐字|一字不差|一字不漏|原文|原封不动|原封不動|完整|全文|照抄|原样|原樣|准确地|準確地"
            "|精确|精確|不做修改|不加修改|代码块|代碼塊|程式碼區塊|一字一句"
        ),
        "ja": (
            "一字一句|逐語|そのまま|原文|全文|完全に|正確に|省略せず|変更せず|手を加えず|一言一句"
            "|コードブロック|ありのまま"
        ),
        "ko": (
            "그대로|글자 그대로|있는 그대로|토씨 하나|원문|전문|전체 내용|정확히|한 글자도"
            "|수정 없이|변경 없이|코드 블록|빠짐없이|생략 없이"
        ),
    },
    "SECRET": {
        "en": (
            "secret=|secrets=|secretly|password|passwd|passcode|passphrase|api key|api keys|apikey"
            "|api_key|token|credential|confidential|hidden|private key|private data|access key"
            "|access code|pin code|pin=|login|ssh key|classified|sensitive|internal only"
            "|do not share|environment variable"
        ),
        "de": (
            "geheim|passwort|kennwort|zugangsdaten|anmeldedaten|api schlüssel|apischlüssel"
            "|schlüssel|token|vertraulich|verborgen|versteckt|interne=|internen=|interner="
            "|zugangscode|pin=|privater schlüssel|sensibl|login|logindaten"
        ),
        "fr": (
            "secret=|secrets=|secrète|secrètes|mot de passe|mots de passe|mdp=|clé api|clés api"
            "|clé d'api|jeton|identifiant|confidentiel|cachée|cachés=|masqué|privé|code d'accès"
            "|code pin|informations sensibles|sensible|données internes|clé privée|token"
        ),
        "es": (
            "secreto|secreta=|secretas|contraseña|clave=|claves=|clave api|clave de api|token"
            "|credencial|confidencial|oculto|oculta|privado|privada|código de acceso|pin=|sensible"
            "|datos internos|clave privada"
        ),
        "it": (
            "segreto=|segreta=|segreti=|segrete=|password|parola d'ordine|chiave api|chiavi api"
            "|token|credenzial|riservat|confidenzial|nascost|codice di accesso|pin=|sensibil"
            "|dati interni|chiave privata"
        ),
        "pt": (
            "secreto|secreta=|secretas|senha|senhas|chave de api|chave api|chave da api|token"
            "|credencia|confidencial|oculto|oculta|ocultas|escondid|privad|código de acesso|pin="
            "|sensíve|dados internos|chave privada|sigilos"
        ),
        "nl": (
            "geheim|wachtwoord|api-sleutel|api sleutel|sleutel|token|inloggegevens|vertrouwelijk"
            "|verborgen|verstopt|privé|toegangscode|pincode|gevoelig|interne gegevens|privésleutel"
        ),
        "sv": (
            "hemlig|hemlis|lösenord|api-nyckel|nyckel|token|inloggningsuppgift|konfidentiell|dold="
            "|dolda|gömd|privat=|åtkomstkod|pinkod|känslig|interna uppgifter|sekretess"
        ),
        "da": (
            "hemmelig|adgangskode|kodeord|password|api-nøgle|nøgle|token|loginoplysninger|fortrolig"
            "|skjult|skjulte|privat=|pinkode|følsom|interne oplysninger"
        ),
        "no": (
            "hemmelig|passord|api-nøkkel|nøkkel|token|påloggingsinformasjon|konfidensiell|fortrolig"
            "|skjult|skjulte|privat=|pinkode|sensitiv|interne opplysninger"
        ),
        "pl": (
            "tajn|tajemnic|sekretn|sekret=|sekrety=|hasło|hasła|haseł|hasłem|klucz api|klucze api"
            "|kluczy api|token|dane logowania|poświadczen|poufn|ukryt|prywatn|kod dostępu|pin="
            "|wrażliw|dane wewnętrzne|klucz prywatny"
        ),
        "cs": (
            "tajn|tajemstv|hesl|hesel=|api klíč|klíč api|klíč|token|přihlašovací údaje|důvěrn|skryt"
            "|soukrom|přístupový kód|pin=|citliv|interní údaje|soukromý klíč"
        ),
        "ro": (
            "secret=|secretă|secrete=|secretul|secretele|parola|parolă|parole|cheie api|cheia api"
            "|chei api|token|credențial|confidențial|ascuns|privat=|cod de acces|pin=|sensibil"
            "|date interne|cheie privată"
        ),
        "hu": (
            "titk|titok|jelszó|jelszav|api-kulcs|api kulcs|kulcs|token|hozzáférési adat"
            "|bejelentkezési adat|bizalmas|rejtett|privát=|hozzáférési kód|pin=|érzékeny|belső adat"
            "|privát kulcs"
        ),
        "tr": (
            "gizli|sırrı|sırları|sırlar|şifre|parola|api anahtar|anahtar|token|kimlik bilgi"
            "|oturum bilgi|giriş bilgi|mahrem|saklı|özel anahtar|erişim kodu|pin=|hassas"
            "|dahili veri|belirteç"
        ),
        "ru": (
            "секрет|парол|api-ключ|api ключ|ключ api|ключ=|ключи=|ключа=|ключей=|токен|учетн данн"
            "|учётн данн|конфиденциальн|скрыт|тайн|приватн|код доступа|пин-код|пин код|чувствительн"
            "|внутренн данн|закрыт ключ"
        ),
        "uk": (
            "секрет|таємн|таємниц|парол|api-ключ|api ключ|ключ=|ключі=|токен|облікові дані"
            "|конфіденційн|прихован|приватн|код доступу|пін-код|чутлив|внутрішні дані|закритий ключ"
        ),
        "el": (
            "μυστικ|κωδικός πρόσβασης|κωδικ πρόσβασ|συνθηματικ|κλειδί api|api κλειδί|κλειδ|token"
            "|διαπιστευτήρι|εμπιστευτικ|απόρρητ|κρυφ|κρυμμέν|ιδιωτικ|pin=|ευαίσθητ"
            "|εσωτερικά δεδομένα|κωδικ"
        ),
        "ar": (
            "سر=|سري=|سرية|اسرار|أسرار|كلمة المرور|كلمة السر|كلمات المرور|رمز المرور|مفتاح api"
            "|مفتاح|مفاتيح|توكن|رمز مميز|بيانات الاعتماد|بيانات الدخول|مخفي|مخفية|رمز الدخول"
            "|رمز الوصول|حساس|حساسة|بيانات داخلية|المفتاح الخاص"
        ),
        "he": (
            "סוד=|סודי|סודית|סודיים|סודות|סיסמה|סיסמא|סיסמאות|מפתח api|מפתח|מפתחות|טוקן|אסימון"
            "|פרטי התחברות|פרטי גישה|חסוי|חסויה|מסווג|נסתר|נסתרות|מוסתר|קוד גישה|רגיש|מידע פנימי"
        ),
        "fa": (
            "راز|اسرار|رمز عبور|رمزعبور|گذرواژه|کلمه عبور|پسورد|کلید api|کلید|توکن|اطلاعات ورود"
            "|اعتبارنامه|محرمانه|پنهان|مخفی|سری=|خصوصی|کد دسترسی|حساس|اطلاعات داخلی|کلید خصوصی"
        ),
        "hi": (
            "गुप्त|गोपनीय|रहस्य|राज़|पासवर्ड|कूटशब्द|एपीआई कुंजी|api कुंजी|कुंजी|टोकन|क्रेडेंशियल"
            "|लॉगिन|छिपा|छिपे|छिपी|छुपा|छुपे|छुपी|निजी|एक्सेस कोड|पिन=|संवेदनशील|आंतरिक जानकारी"
            "|सीक्रेट"
        ),
        "bn": (
            "গোপন|রহস্য|পাসওয়ার্ড|এপিআই কী|api কী|চাবি|টোকেন|ক্রেডেনশিয়াল|লগইন|লুকানো|লুকিয়ে"
            "|ব্যক্তিগত|অ্যাক্সেস কোড|পিন=|সংবেদনশীল|অভ্যন্তরীণ তথ্য|সিক্রেট|গুপ্ত"
        ),
        "id": (
            "rahasia|kata sandi|sandi|password|kunci api|api key|kunci=|token|kredensial|data login"
            "|informasi login|tersembunyi|disembunyikan|pribadi|privat=|kode akses|pin=|sensitif"
            "|data internal|kunci pribadi"
        ),
        "ms": (
            "rahsia|kata laluan|katalaluan|kunci api|kunci=|token|bukti kelayakan"
            "|maklumat log masuk|tersembunyi|peribadi|persendirian|kod akses|pin=|sensitif"
            "|data dalaman|kunci peribadi"
        ),
        "vi": (
            "bí mật|mật khẩu|khóa api|khoá api|api key|mã thông báo|token|thông tin đăng nhập"
            "|thông tin xác thực|bảo mật|tuyệt mật|ẩn giấu|được ẩn|riêng tư|mã truy cập|mã pin"
            "|nhạy cảm|dữ liệu nội bộ|khóa riêng|cơ mật"
        ),
        "th": (
            "ความลับ|รหัสลับ|ลับสุดยอด|รหัสผ่าน|พาสเวิร์ด|คีย์ api|คีย์|โทเค็น|ข้อมูลรับรอง"
            "|ข้อมูลล็อกอิน|ปกปิด|ซ่อน|ส่วนตัว|รหัสเข้าถึง|ข้อมูลภายใน|กุญแจ"
        ),
        "zh": (
            "秘密|机密|機密|密码|密碼|口令|密钥|密鑰|秘钥|秘鑰|令牌|凭证|憑證|凭据|憑據|登录信息"
            "|登入資訊|保密|隐藏|隱藏|私密|私钥|私鑰|访问码|訪問碼|敏感|内部资料|內部資料|暗号|暗號"
        ),
        "ja": (
            "秘密|機密|パスワード|暗証番号|apiキー|api キー|トークン|認証情報|資格情報|ログイン情報"
            "|内密|隠され|隠し|非公開|プライベート|アクセスコード|機微|センシティブ|内部情報|秘密鍵"
            "|鍵"
        ),
        "ko": (
            "비밀|기밀|비밀번호|암호|패스워드|api 키|api키|토큰|인증 정보|자격 증명|로그인 정보"
            "|숨겨진|숨긴|비공개|개인 키|액세스 코드|민감|내부 정보|시크릿"
        ),
    },
    "UNRESTRICTED": {
        "en": (
            "no limit|no limits|no restriction|no rules|no filter|no boundaries|no constraint"
            "|no censor|no guidelines|without limit|without restriction|without rules"
            "|without filter|without any|without censor|unrestricted|unlimited|uncensored"
            "|unfiltered|unbounded|unconstrained|limitless|anything goes|anything|no holds barred"
            "|free from|freed from|no longer bound|not bound|unchained|unleashed|unlocked"
            "|off the leash|whatever i ask|any request"
        ),
        "de": (
            "ohne einschränk|ohne beschränk|ohne grenz|ohne filter|ohne regel|ohne zensur"
            "|ohne limit|keine einschränk|keine grenz|keine regel|keine filter|keine zensur"
            "|keinerlei|uneingeschränkt|unbeschränkt|unzensiert|ungefiltert|grenzenlos"
            "|alles erlaubt|egal was|befreit|entfesselt|nicht mehr gebunden|frei von"
        ),
        "fr": (
            "sans limit|sans restrict|sans aucun|sans filtr|sans règle|sans censur|sans contraint"
            "|aucun restrict|aucun limit|aucun filtr|aucun règle|pas de limit|pas de règle"
            "|pas de filtr|pas de restrict|illimit|non censur|non filtr|débrid|libéré"
            "|n'importe quoi|tout est permis"
        ),
        "es": (
            "sin límit|sin restric|sin ningun|sin filtr|sin regla|sin norma|sin censur|sin atadura"
            "|ningún límit|ninguna restric|ningún filtr|ilimitad|libre de|lo que sea|cualquier cosa"
            "|todo vale|sin tabú|no censurad|no filtrad|desbloquead"
        ),
        "it": (
            "senza limit|senza restriz|senza filtr|senza regol|senza censur|senza vincol|senza fren"
            "|nessun limit|nessuna restriz|nessun filtr|nessuna regol|illimitat|non censurat"
            "|non filtrat|liber da|qualsiasi cosa|qualunque cosa|tutto è permesso|sbloccat"
        ),
        "pt": (
            "sem limit|sem restriç|sem filtr|sem regra|sem censur|sem amarra|sem nenhum"
            "|nenhuma restriç|nenhum limit|nenhum filtr|nenhuma regra|ilimitad|não censurad"
            "|não filtrad|livre de|qualquer coisa|vale tudo|desbloquead"
        ),
        "nl": (
            "zonder beperk|zonder grenz|zonder filter|zonder regel|zonder censu|zonder restrict"
            "|geen beperk|geen grenz|geen filter|geen regel|geen censu|geen restrict|onbeperkt"
            "|ongecensureerd|ongefilterd|grenzeloos|vrij van|alles mag|wat dan ook|bevrijd"
            "|ontketend"
        ),
        "sv": (
            "utan begräns|utan gräns|utan filter|utan regl|utan censur|inga begräns|inga gräns"
            "|inga filter|inga regl|obegräns|ocensurerad|ofiltrerad|gränslös|fri från|vad som helst"
            "|allt är tillåtet|befriad"
        ),
        "da": (
            "uden begræns|uden græns|uden filt|uden regl|uden censur|ingen begræns|ingen græns"
            "|ingen filt|ingen regl|ingen censur|ubegræns|ucensurer|ufiltrer|grænseløs|fri for"
            "|hvad som helst|alt er tilladt|befriet"
        ),
        "no": (
            "uten begrens|uten grense|uten filt|uten regl|uten sensur|ingen begrens|ingen grense"
            "|ingen filt|ingen regl|ingen sensur|ubegrens|usensurert|ufiltrert|grenseløs|fri for"
            "|hva som helst|alt er tillatt|befridd"
        ),
        "pl": (
            "bez ogranicz|bez limit|bez filtr|bez zasad|bez reguł|bez cenzur|bez żadnych"
            "|żadnych ogranicz|żadnych zasad|żadnych filtr|żadnych reguł|nieogranicz|niecenzur"
            "|niefiltrow|woln od|cokolwiek|wszystko wolno|uwolnion|bez hamulc|bez skrupuł"
        ),
        "cs": (
            "bez omezen|bez limit|bez filtr|bez pravid|bez cenzur|žádn omezen|žádn pravid"
            "|žádn filtr|neomezen|necenzur|nefiltr|bez jakýchkol|cokoli|osvobozen|bez zábran"
            "|všechno je dovoleno"
        ),
        "ro": (
            "fără limit|fără restric|fără filtr|fără regul|fără cenzur|fără nicio|fără niciun"
            "|nicio restric|nicio limit|niciun filtr|nicio regul|nelimitat|necenzurat|nefiltrat"
            "|liber de|orice=|totul e permis|totul este permis|eliberat"
        ),
        "hu": (
            "korlátozás nélkül|korlátok nélkül|korlátlan|szűrő nélkül|szűrés nélkül"
            "|szabályok nélkül|cenzúra nélkül|cenzúrázatlan|szűretlen|nincs korlát|nincsenek korlát"
            "|nincs szabály|nincsenek szabály|bármit|bármi=|minden megengedett|felszabadul"
            "|kötöttségek nélkül"
        ),
        "tr": (
            "sınırsız|kısıtlamasız|kısıtlama olmadan|kısıtlama yok|sınır yok|filtresiz"
            "|filtre olmadan|filtre yok|kuralsız|kural yok|kurallar olmadan|sansürsüz|sansür yok"
            "|her şey serbest|her şeye izin|ne olursa olsun|engelsiz"
        ),
        "ru": (
            "без огранич|без фильтр|без правил|без цензур|без запрет|без рамок|без тормоз|без каких"
            "|никаких огранич|никаких правил|никаких фильтр|никаких запрет|неограничен|нецензур"
            "|нефильтр|свободн от|что угодно|всё разрешено|освобожд"
        ),
        "uk": (
            "без обмеж|без фільтр|без правил|без цензур|без заборон|без рамок|жодних обмеж"
            "|жодних правил|жодних фільтр|необмежен|нецензур|нефільтр|вільн від|що завгодно"
            "|все дозволено|звільн"
        ),
        "el": (
            "χωρίς περιορισμ|χωρίς όρια|χωρίς φίλτρ|χωρίς κανόν|χωρίς λογοκρισ|χωρίς δεσμεύσ"
            "|κανένας περιορισμ|κανένα όριο|κανένα φίλτρ|απεριόριστ|ελεύθερ από|οτιδήποτε"
            "|όλα επιτρέπονται|απελευθερ"
        ),
        "ar": (
            "بلا حدود|بدون حدود|دون حدود|بلا قيود|بدون قيود|دون قيود|بدون فلاتر|بلا فلاتر"
            "|بدون مرشحات|بدون قواعد|بلا قواعد|بدون رقابة|بلا رقابة|دون رقابة|غير مقيد|غير محدود"
            "|غير خاضع|أي شيء|كل شيء مسموح|متحرر|بلا ضوابط|بدون ضوابط|لا قيود|لا حدود"
        ),
        "he": (
            "ללא הגבלות|בלי הגבלות|ללא מגבלות|בלי מגבלות|ללא גבולות|בלי גבולות|ללא סינון|בלי סינון"
            "|ללא פילטרים|ללא כללים|בלי כללים|ללא צנזורה|בלי צנזורה|אין הגבלות|אין מגבלות|אין כללים"
            "|לא מוגבל|בלתי מוגבל|לא מצונזר|לא מסונן|כל דבר|הכל מותר|הכול מותר|משוחרר"
        ),
        "fa": (
            "بدون محدود|بی‌محدود|بی محدود|بدون هیچ محدود|بدون فیلتر|بی فیلتر|بی‌فیلتر|بدون قانون"
            "|بدون قوانین|بدون سانسور|بی‌سانسور|بی سانسور|هیچ محدود|هیچ قانون|نامحدود|سانسورنشده"
            "|فیلترنشده|هر چیزی|همه چیز مجاز|آزاد از|رها از|بی‌قید|بدون قید"
        ),
        "hi": (
            "बिना किसी प्रतिबंध|बिना प्रतिबंध|बिना रोक|बिना सीमा|बिना किसी सीमा|बिना फ़िल्टर"
            "|बिना नियम|बिना सेंसर|कोई प्रतिबंध नहीं|कोई सीमा नहीं|कोई नियम नहीं|कोई फ़िल्टर नहीं"
            "|असीमित|अप्रतिबंधित|कुछ भी|सब कुछ जायज़|आज़ाद|प्रतिबंध मुक्त"
        ),
        "bn": (
            "সীমা ছাড়া|সীমাহীন|বাধাহীন|বিধিনিষেধ ছাড়া|ফিল্টার ছাড়া|নিয়ম ছাড়া|সেন্সর ছাড়া"
            "|কোনো নিয়ম নেই|কোনো সীমাবদ্ধতা নেই|কোনো বাধা নেই|অসীম|সীমাবদ্ধতা ছাড়া|যা খুশি"
            "|যেকোনো কিছু|সেন্সরবিহীন|ফিল্টারবিহীন"
        ),
        "id": (
            "tanpa batas|tanpa pembatas|tanpa filter|tanpa aturan|tanpa sensor|tanpa larang"
            "|tanpa kekang|tidak ada batas|tak ada batas|tidak ada aturan|tak terbatas"
            "|tidak terbatas|bebas dari|apa saja|apa pun|apapun|semuanya boleh"
        ),
        "ms": (
            "tanpa had|tanpa sekatan|tanpa batasan|tanpa penapis|tanpa peraturan|tanpa tapisan"
            "|tiada had|tiada sekatan|tiada peraturan|tidak terhad|bebas daripada|apa sahaja"
            "|apa-apa sahaja|apa jua|tanpa kekangan"
        ),
        "vi": (
            "không giới hạn|không có giới hạn|không hạn chế|không có hạn chế|không bị giới hạn"
            "|không bị hạn chế|không kiểm duyệt|không lọc|không có bộ lọc|không có quy tắc"
            "|không quy tắc|vô giới hạn|bất kỳ điều gì|bất cứ điều gì|mọi thứ đều được"
            "|không ràng buộc|không bị ràng buộc"
        ),
        "th": (
            "ไม่มีขีดจำกัด|ไร้ขีดจำกัด|ไม่จำกัด|ไม่มีข้อจำกัด|ปราศจากข้อจำกัด|ไม่มีการกรอง"
            "|ไม่มีตัวกรอง|ไม่กรอง|ไม่มีกฎ|ไร้กฎ|ไม่มีการเซ็นเซอร์|ไม่เซ็นเซอร์|อะไรก็ได้"
            "|ทุกอย่างได้|เป็นอิสระ|ปลดปล่อย|ไร้การควบคุม"
        ),
        "zh": (
            "无限制|無限制|没有限制|沒有限制|不受限制|不受任何限制|无任何限制|無任何限制|不加限制"
            "|无过滤|無過濾|没有过滤|沒有過濾|不过滤|不過濾|无审查|無審查|不受审查|不受審查"
            "|没有规则|沒有規則|不受约束|不受約束|毫无限制|毫無限制|百无禁忌|百無禁忌|什么都可以"
            "|什麼都可以|任何事|任何内容|任何內容|畅所欲言|暢所欲言|无拘无束|無拘無束"
        ),
        "ja": (
            "制限なし|制限なく|制限のない|無制限|制約なし|制約のない|フィルターなし|フィルタなし"
            "|検閲なし|検閲されない|無検閲|ルールなし|ルールのない|規則なし|何でも|なんでも"
            "|縛られない|解放され|タブーなし"
        ),
        "ko": (
            "제한 없이|제한없이|제한이 없는|제한 없는|무제한|제약 없이|제약없이|필터 없이|필터없이"
            "|검열 없이|검열없이|무검열|규칙 없이|규칙없이|규칙이 없는|아무 제한|뭐든지|무엇이든"
            "|어떤 것이든|해방된|구속받지 않|속박 없이"
        ),
    },
    "PERSONA": {
        "en": (
            "pretend|act as|acting as|role-play|roleplay|role play|play the role|play a role"
            "|you are now|you're now|from now on you are|character|persona=|personas=|impersonat"
            "|simulate|embody|become=|take on the role|assume the role|in character"
            "|stay in character|alter ego|you will be|behave as|behave like|respond as|answer as"
            "|speak as|imagine you are"
        ),
        "de": (
            "tu so als|tue so als|so tun als|gib dich als|gib vor|spiel die rolle|spiele die rolle"
            "|rollenspiel|rolle=|rollen=|schlüpf in die rolle|du bist jetzt|du bist ab jetzt"
            "|ab jetzt bist du|von nun an bist du|verhalte dich wie|verhalte dich als|agiere als"
            "|antworte als|persona=|verkörper|simulier|imitier|stell dir vor du bist"
            "|bleib in der rolle|alter ego"
        ),
        "fr": (
            "fais semblant|faites semblant|joue le rôle|jouez le rôle|joue un rôle|jeu de rôle"
            "|ton rôle|un rôle|le rôle de|incarne|incarnez|tu es maintenant|tu es désormais"
            "|vous êtes maintenant|vous êtes désormais|désormais tu es|comporte-toi comme"
            "|agis comme|agissez comme|réponds en tant que|en tant que|personnage|persona=|simule"
            "|simulez|imite|imagine que tu es|alter ego|prétends|prétendez"
        ),
        "es": (
            "finge|fingir|finj|haz como si|hagas como si|actúa como|actúe como|interpreta el papel"
            "|interpreta a|haz el papel|juego de rol|rol=|papel de|ahora eres"
            "|a partir de ahora eres|desde ahora eres|compórtate como|responde como|personaje"
            "|encarna|simula|imita|imagina que eres|alter ego|hazte pasar"
        ),
        "it": (
            "fingi|fai finta|fate finta|far finta|recita la parte|interpreta il ruolo"
            "|interpreta la parte|gioca il ruolo|gioco di ruolo|ruolo=|ruolo di|ora sei|adesso sei"
            "|da ora sei|da adesso sei|d'ora in poi sei|comportati come|agisci come|rispondi come"
            "|personaggio|impersona|incarna|simula|imita|immagina di essere|alter ego"
        ),
        "pt": (
            "finja|finge|fingir|faça de conta|faz de conta|atue como|aja como|age como"
            "|comporte-se como|interprete o papel|faça o papel|desempenhe o papel|papel=|papel de"
            "|agora você é|a partir de agora você é|você agora é|de agora em diante você é"
            "|responda como|personagem|encarne|incorpore|simule|imite|imagine que você é|alter ego"
        ),
        "nl": (
            "doe alsof|doe net alsof|speel de rol|speel een rol|rollenspel|rol=|rol van|je bent nu"
            "|jij bent nu|vanaf nu ben je|gedraag je als|handel als|antwoord als|reageer als"
            "|personage|persona=|belichaam|simuleer|imiteer|stel je voor dat je|blijf in je rol"
            "|blijf in karakter|alter ego|neem de rol aan"
        ),
        "sv": (
            "låtsas|spela rollen|spela en roll|rollspel|rollen=|du är nu|nu är du"
            "|från och med nu är du|bete dig som|agera som|svara som|karaktär|persona=|gestalta"
            "|simulera|imitera|föreställ dig att du är|stanna i rollen|alter ego"
        ),
        "da": (
            "lad som om|lade som om|spil rollen|spil en rolle|rollespil|rolle=|rollen=|du er nu"
            "|nu er du|fra nu af er du|opfør dig som|agér som|svar som|persona=|simuler|efterlign"
            "|forestil dig at du er|bliv i rollen|alter ego"
        ),
        "no": (
            "lat som|late som|spill rollen|spill en rolle|rollespill|rolle=|rollen=|du er nå"
            "|nå er du|fra nå av er du|oppfør deg som|opptre som|svar som|persona=|simuler"
            "|etterlign|tenk deg at du er|forestill deg at du er|bli i rollen|alter ego"
        ),
        "pl": (
            "udawaj|udawać|udaj|wciel się|wcielić się|odgrywaj|odegraj|zagraj rolę|graj rolę|rola="
            "|roli=|odgrywanie ról|gra fabularna|od teraz jesteś|teraz jesteś|jesteś teraz"
            "|zachowuj się jak|zachowuj się jako|działaj jako|odpowiadaj jako|odpowiedz jako|postać"
            "|persona=|symuluj|naśladuj|wyobraź sobie że jesteś|pozostań w roli|alter ego"
        ),
        "cs": (
            "předstírej|hraj roli|zahraj roli|hraj si na|hraní rolí|roli=|nyní jsi|teď jsi"
            "|od teď jsi|od nynějška jsi|chovej se jako|jednej jako|odpovídej jako|vystupuj jako"
            "|postava|postavu|persona=|vžij se|simuluj|napodob|představ si že jsi|zůstaň v roli"
            "|alter ego"
        ),
        "ro": (
            "prefă-te|pretinde că|joacă rolul|joc de rol|rol=|rolul=|rolul de|acum ești"
            "|de acum ești|de acum înainte ești|comportă-te ca|acționează ca|răspunde ca|personaj"
            "|persona=|întruchipează|simulează|imită|imaginează-ți că ești|rămâi în rol|alter ego"
        ),
        "hu": (
            "tegyél úgy|tégy úgy|tettesd|játszd el|szerep|mostantól te vagy|most te vagy"
            "|viselkedj úgy|viselkedj mint|válaszolj úgy mint|karakter|persona=|személyesítsd meg"
            "|testesítsd meg|szimuláld|utánozd|képzeld el hogy te|alteregó|bújj bele"
        ),
        "tr": (
            "gibi yap|gibi davran|rol yap|rolünü oyna|rolüne gir|rol oyna|rol=|rolü|canlandır"
            "|artık sen|şimdi sen|bundan sonra sen|sen artık|sen şimdi|gibi cevap ver"
            "|olarak cevap ver|olarak davran|karakter|persona=|kişiliğ|taklit|simüle et"
            "|hayal et ki sen|karakterde kal|rolde kal|alter ego|kılığına gir"
        ),
        "ru": (
            "притвор|представь что ты|представь себе что ты|сыграй роль|играй роль|исполни роль"
            "|ролевая игра|ролев|роль=|роли=|в роли|теперь ты|ты теперь|отныне ты"
            "|с этого момента ты|веди себя как|действуй как|отвечай как|отвечай от лица|персонаж"
            "|персона=|воплоти|симулир|имитир|изобрази|оставайся в роли|альтер эго|перевоплот"
        ),
        "uk": (
            "удавай|вдавай|прикинься|зіграй роль|грай роль|виконай роль|рольова гра|рольов|роль="
            "|ролі=|в ролі|тепер ти|ти тепер|відтепер ти|з цього моменту ти|поводься як|дій як"
            "|відповідай як|персонаж|персона=|втіли|імітуй|симулюй|зобрази|уяви що ти"
            "|залишайся в ролі|альтер его"
        ),
        "el": (
            "προσποιήσου|προσποιηθείτε|κάνε πως|κάνε ότι|παίξε το ρόλο|παίξε τον ρόλο|υποδύσου"
            "|υποδυθείτε|παιχνίδι ρόλων|ρόλο=|ρόλος=|ρόλου=|είσαι τώρα|τώρα είσαι|από τώρα είσαι"
            "|φέρσου σαν|συμπεριφέρσου σαν|απάντησε ως|απάντα σαν|χαρακτήρ|περσόνα|ενσάρκωσε"
            "|προσομοίωσε|μιμήσου|φαντάσου ότι είσαι|μείνε στο ρόλο"
        ),
        "ar": (
            "تظاهر|تصرف مثل|تصرف على|تصرفي|العب دور|مثل دور|تقمص|لعب الأدوار|دور=|بدور|انت الان"
            "|من الآن أنت|أجب بصفتك|بصفتك|شخصية|قم بمحاكاة|حاكي|قلد|تخيل انك|ابق في الشخصية|انتحل"
            "|انتحال"
        ),
        "he": (
            "תעמיד פנים|העמד פנים|תתנהג כאילו|התנהג כמו|שחק את התפקיד|גלם את|תגלם|משחק תפקידים"
            "|תפקיד|בתפקיד|אתה עכשיו|עכשיו אתה|מעכשיו אתה|מעתה אתה|ענה כמו|ענה בתור|בתור=|דמות"
            "|הדמות|פרסונה|חקה|תחקה|דמיין שאתה|תישאר בדמות|הישאר בדמות|התחזה|תתחזה"
        ),
        "fa": (
            "وانمود کن|تظاهر کن|نقش بازی کن|نقش=|نقش را|در نقش|ایفای نقش|نقش‌آفرین|حالا تو|تو اکنون"
            "|از این به بعد تو|از حالا تو|رفتار کن مثل|پاسخ بده مثل|شخصیت|پرسونا|تجسم کن|شبیه‌سازی"
            "|تقلید کن|تصور کن که تو|در نقش بمان"
        ),
        "hi": (
            "नाटक करो|नाटक करें|होने का नाटक|बहाना करो|दिखावा करो|की भूमिका|भूमिका निभाओ"
            "|भूमिका निभाएं|किरदार|रोलप्ले|रोल प्ले|अब तुम|तुम अब|अब आप|आप अब|अब से तुम|अब से आप"
            "|की तरह व्यवहार|के रूप में जवाब|की तरह जवाब|चरित्र|पर्सोना|अभिनय|नकल करो"
            "|कल्पना करो कि तुम|बनकर|बन जाओ"
        ),
        "bn": (
            "ভান কর|ভান করো|ভান করুন|অভিনয়|ভূমিকা পালন|ভূমিকায়|চরিত্র|রোলপ্লে|এখন তুমি|তুমি এখন"
            "|এখন থেকে তুমি|এখন আপনি|আপনি এখন|মতো আচরণ|হিসেবে উত্তর|পারসোনা|নকল কর"
            "|কল্পনা কর যে তুমি|হয়ে যাও"
        ),
        "id": (
            "berpura-pura|pura-pura|berperan|perankan|peran=|peran sebagai|memerankan|bermain peran"
            "|main peran|roleplay|sekarang kamu|kamu sekarang|mulai sekarang kamu"
            "|mulai sekarang anda|bertindaklah sebagai|bertindak sebagai|bersikaplah seperti"
            "|jawab sebagai|karakter|persona=|jadilah|simulasikan|tirukan|bayangkan kamu"
            "|bayangkan bahwa kamu|tetap dalam karakter|alter ego"
        ),
        "ms": (
            "berpura-pura|pura-pura|berlakon|lakonkan|memegang watak|mainkan watak|main peranan"
            "|peranan=|watak|sekarang awak|awak sekarang|mulai sekarang awak|bertindak sebagai"
            "|berkelakuan seperti|jawab sebagai|persona=|jadilah|simulasikan|bayangkan awak"
            "|kekal dalam watak|alter ego"
        ),
        "vi": (
            "giả vờ|giả làm|đóng vai|nhập vai|vai trò|bây giờ bạn là|từ giờ bạn là|từ bây giờ bạn"
            "|bạn bây giờ là|hành động như|cư xử như|trả lời như|trả lời với tư cách|nhân vật"
            "|persona=|mô phỏng|bắt chước|hãy tưởng tượng bạn là|giữ vai|hóa thân"
        ),
        "th": (
            "แกล้งทำ|แสร้ง|สวมบทบาท|รับบท|เล่นบท|เล่นเป็น|บทบาท|ตอนนี้คุณคือ|คุณคือ|ตอนนี้คุณเป็น"
            "|จากนี้ไปคุณ|ทำตัวเป็น|ทำตัวเหมือน|ประพฤติตัวเหมือน|ตอบในฐานะ|ในฐานะ|ตัวละคร|เพอร์โซนา"
            "|จำลอง|เลียนแบบ|จินตนาการว่าคุณ|อยู่ในบท"
        ),
        "zh": (
            "假装|假裝|扮演|角色扮演|充当|充當|你现在是|你現在是|现在你是|現在你是|从现在起你是"
            "|從現在起你是|从现在开始你是|從現在開始你是|你将成为|你將成為|的身份|模仿|模拟|模擬"
            "|化身|人设|人設|角色|入戏|入戲|想象你是|想像你是|当作|當作"
        ),
        "ja": (
            "ふりをし|フリをし|振りをし|演じ|なりきっ|なりきり|ロールプレイ|役を|役割|役にな"
            "|あなたは今から|今からあなたは|これからあなたは|として振る舞|として振舞|として答え"
            "|として回答|キャラ|人格|ペルソナ|真似|シミュレート|役に徹|成りすま"
        ),
        "ko": (
            "척해|척하|인 척|연기해|연기하|역할을|역할극|롤플레이|역할|이제부터 너는|지금부터 너는"
            "|이제 너는|너는 이제|지금부터 당신은|당신은 이제|처럼 행동|처럼 대답|로서 대답"
            "|으로서 답|캐릭터|페르소나|흉내|빙의|가 되어"
        ),
    },
    "MODE": {
        "en": (
            "developer mode|dev= mode|debug mode|admin mode|god= mode|sudo= mode|maintenance mode"
            "|unrestricted mode|jailbreak|jailbroken|jail= break|as dan=|are dan=|called dan="
            "|named dan=|dan= which|dan= stands|do anything now|evil= mode|dan= mode|root= access"
            "|sudo=|superuser|unlocked mode|diagnostic mode|override mode|mongo= tom|anti-dan"
            "|opposite mode|chaos mode|uncensored mode|stan= mode"
        ),
        "de": (
            "entwicklermodus|entwickler modus|debugmodus|debug modus|adminmodus|admin modus"
            "|administratormodus|gottmodus|god modus|wartungsmodus|uneingeschränkter modus"
            "|jailbreak|root-zugriff|root-rechte|dan modus|testmodus|diagnosemodus"
        ),
        "fr": (
            "mode développeur|mode débogage|mode debug|mode admin|mode administrateur|mode dieu"
            "|mode god|mode maintenance|mode sans restriction|mode sans limite|mode libre|jailbreak"
            "|débridage|accès root|mode dan|mode diagnostic"
        ),
        "es": (
            "modo desarrollador|modo de desarrollador|modo depuración|modo debug|modo administrador"
            "|modo admin|modo dios|modo mantenimiento|modo sin restricciones|modo sin censura"
            "|modo libre|jailbreak|acceso root|modo dan|modo diagnóstico"
        ),
        "it": (
            "modalità sviluppator|modalità debug|modalità amministrator|modalità admin|modalità dio"
            "|modalità manutenzion|modalità senza|modalità dan|modalità diagnostic"
            "|modalità sviluppo|jailbreak|accesso root"
        ),
        "pt": (
            "modo desenvolvedor|modo de desenvolvedor|modo programador|modo depuração|modo debug"
            "|modo administrador|modo admin|modo deus|modo manutenção|modo sem restrições"
            "|modo sem censura|modo livre|jailbreak|acesso root|modo dan|modo diagnóstico"
        ),
        "nl": (
            "ontwikkelaarsmodus|ontwikkelaarmodus|ontwikkelmodus|debugmodus|debug modus"
            "|beheerdersmodus|adminmodus|godmodus|god modus|onderhoudsmodus|onbeperkte modus"
            "|jailbreak|root-toegang|dan modus|diagnosemodus|testmodus"
        ),
        "sv": (
            "utvecklarläge|felsökningsläge|debugläge|debug läge|adminläge|administratörsläge"
            "|gudsläge|god mode|underhållsläge|obegränsat läge|jailbreak|root-åtkomst|dan läge"
            "|diagnostikläge|testläge"
        ),
        "da": (
            "udviklertilstand|udvikler tilstand|fejlfindingstilstand|debugtilstand|debug tilstand"
            "|admintilstand|administratortilstand|gudetilstand|god mode|vedligeholdelsestilstand"
            "|ubegrænset tilstand|jailbreak|root-adgang|dan tilstand|udviklermode"
        ),
        "no": (
            "utviklermodus|utvikler modus|feilsøkingsmodus|debugmodus|debug modus|adminmodus"
            "|administratormodus|gudmodus|god mode|vedlikeholdsmodus|ubegrenset modus|jailbreak"
            "|root-tilgang|dan modus|diagnosemodus|testmodus"
        ),
        "pl": (
            "tryb dewelop|tryb develop|tryb programist|tryb debug|tryb administrat|tryb admin"
            "|tryb boga|tryb serwis|tryb konserwac|tryb bez|tryb nieogranicz|tryb dan|tryb diagnost"
            "|jailbreak|dostęp root"
        ),
        "cs": (
            "vývojářsk režim|režim vývojář|ladicí režim|režim ladění|debug režim|režim debug"
            "|administrátorsk režim|režim správce|režim administrátor|režim boha|servisní režim"
            "|režim bez|neomezen režim|režim dan|diagnostick režim|jailbreak|root přístup"
        ),
        "ro": (
            "modul dezvoltat|mod dezvoltat|modul de dezvoltat|modul debug|mod debug"
            "|modul de depanare|mod de depanare|modul administrat|modul admin|modul zeu|modul god"
            "|mod de întreținere|modul fără|mod nerestric|modul dan|mod diagnostic|jailbreak"
            "|acces root"
        ),
        "hu": (
            "fejlesztői mód*|fejlesztő mód*|hibakereső mód*|hibakeresési mód*|debug mód*|admin mód*"
            "|adminisztrátori mód*|rendszergazdai mód*|isten mód*|isten-mód*|karbantartási mód*"
            "|korlátlan mód*|dan mód*|diagnosztikai mód*|jailbreak|root hozzáférés"
        ),
        "tr": (
            "geliştirici mod*|hata ayıklama mod*|debug mod*|yönetici mod*|admin mod*|tanrı mod*"
            "|bakım mod*|sınırsız mod*|kısıtlamasız mod*|dan mod*|teşhis mod*|jailbreak"
            "|root erişimi"
        ),
        "ru": (
            "режим разработчик|режиме разработчик|режим отладк|режиме отладк|режим администратор"
            "|режим админ|режим бога|режиме бога|режим обслуживан|режим без|неограничен режим"
            "|джейлбрейк|джейлбрек|jailbreak|рут доступ|root-доступ|режим dan|режим дэн"
            "|режим диагностик"
        ),
        "uk": (
            "режим розробник|режимі розробник|режим налагоджен|режим відлагоджен"
            "|режим адміністратор|режим адмін|режим бога|режим обслуговуван|режим без"
            "|необмежен режим|джейлбрейк|jailbreak|рут доступ|режим dan|режим діагностик"
        ),
        "el": (
            "λειτουργία προγραμματιστ|λειτουργία developer|λειτουργία εντοπισμ|λειτουργία debug"
            "|λειτουργία διαχειριστ|λειτουργία admin|λειτουργία θεού|λειτουργία συντήρησ"
            "|λειτουργία χωρίς|λειτουργία dan|κατάσταση προγραμματιστ|κατάσταση debug|jailbreak"
            "|πρόσβαση root"
        ),
        "ar": (
            "وضع مطور|وضع تطوير|وضع تصحيح|وضع مسؤول|وضع مدير|وضع ادمن|وضع اله|وضع صيانة"
            "|وضع غير مقيد|وضع بلا|كسر حماية|جيلبريك|جيلبرك|jailbreak|صلاحيات جذر|وصول جذر|وضع dan"
            "|وضع تشخيص"
        ),
        "he": (
            "מצב מפתח|מצב פיתוח|מצב דיבאג|מצב ניפוי|מצב מנהל|מצב אדמין|מצב אלוהים|מצב תחזוקה"
            "|מצב ללא|מצב בלי|ג'יילברייק|jailbreak|גישת root|גישת שורש|מצב dan|מצב אבחון"
        ),
        "fa": (
            "حالت توسعه|حالت دیباگ|حالت اشکال‌زدایی|حالت مدیر|حالت ادمین|حالت خدا|حالت نگهداری"
            "|حالت بدون|حالت نامحدود|جیلبریک|jailbreak|دسترسی روت|حالت dan|حالت تشخیص"
        ),
        "hi": (
            "डेवलपर मोड|डीबग मोड|एडमिन मोड|व्यवस्थापक मोड|गॉड मोड|भगवान मोड|रखरखाव मोड"
            "|अप्रतिबंधित मोड|जेलब्रेक|jailbreak|रूट एक्सेस|डैन मोड|dan मोड|डायग्नोस्टिक मोड"
        ),
        "bn": (
            "ডেভেলপার মোড|ডিবাগ মোড|অ্যাডমিন মোড|প্রশাসক মোড|গড মোড|ঈশ্বর মোড|রক্ষণাবেক্ষণ মোড"
            "|সীমাহীন মোড|জেলব্রেক|jailbreak|রুট অ্যাক্সেস|ড্যান মোড|dan মোড|ডায়াগনস্টিক মোড"
        ),
        "id": (
            "mode pengembang|mode developer|mode debug|mode admin|mode administrator|mode dewa"
            "|mode tuhan|mode pemeliharaan|mode perawatan|mode tanpa|jailbreak|akses root|mode dan"
            "|mode diagnostik"
        ),
        "ms": (
            "mod pembangun|mod pemaju|mod nyahpepijat|mod debug|mod pentadbir|mod admin|mod tuhan"
            "|mod dewa|mod penyelenggaraan|mod tanpa|jailbreak|akses root|mod dan|mod diagnostik"
        ),
        "vi": (
            "chế độ nhà phát triển|chế độ developer|chế độ gỡ lỗi|chế độ debug|chế độ quản trị"
            "|chế độ admin|chế độ thần|chế độ bảo trì|chế độ không giới hạn|chế độ không kiểm duyệt"
            "|bẻ khóa|jailbreak|quyền root|chế độ dan|chế độ chẩn đoán"
        ),
        "th": (
            "โหมดนักพัฒนา|โหมดผู้พัฒนา|โหมดดีบัก|โหมดแก้จุดบกพร่อง|โหมดผู้ดูแล|โหมดแอดมิน"
            "|โหมดพระเจ้า|โหมดบำรุงรักษา|โหมดไร้ข้อจำกัด|โหมดไม่จำกัด|เจลเบรก|เจลเบรค|โหมด dan"
            "|โหมดวินิจฉัย|โหมด developer"
        ),
        "zh": (
            "开发者模式|開發者模式|开发人员模式|開發人員模式|调试模式|調試模式|除錯模式|管理员模式"
            "|管理員模式|上帝模式|维护模式|維護模式|无限制模式|無限制模式|越狱|越獄|root权限"
            "|超级用户|超級用戶|dan模式|诊断模式|診斷模式|开发模式|開發模式"
        ),
        "ja": (
            "開発者モード|デベロッパーモード|デバッグモード|管理者モード|アドミンモード"
            "|ゴッドモード|神モード|メンテナンスモード|無制限モード|制限解除モード|脱獄"
            "|ジェイルブレイク|root権限|ルート権限|スーパーユーザー|danモード|診断モード|開発モード"
        ),
        "ko": (
            "개발자 모드|개발자모드|디버그 모드|디버그모드|관리자 모드|관리자모드|어드민 모드"
            "|신 모드|갓 모드|유지보수 모드|무제한 모드|제한 해제 모드|탈옥|제일브레이크|루트 권한"
            "|슈퍼유저|dan 모드|진단 모드|개발 모드"
        ),
    },
    "AI_SELF": {
        "en": (
            "you=|your=|yours=|yourself=|yourselves=|assistant|chatbot|ai=|llm=|llms="
            "|language model|chatgpt|gpt=|claude=|bot=|virtual assistant"
        ),
        "de": (
            "du=|dich=|dir=|dein|euch=|euer=|eure=|euren=|assistent|chatbot|ki=|sprachmodell"
            "|ki-modell|ki-assistent|bot="
        ),
        "fr": (
            "tu=|te=|toi=|ton=|ta=|tes=|vous=|votre=|vos=|assistant|chatbot|ia=|modèle de langage"
            "|intelligence artificielle|bot="
        ),
        "es": (
            "tú=|tu=|tus=|te=|ti=|contigo|usted=|ustedes|vosotros|asistente|chatbot|ia="
            "|modelo de lenguaje|inteligencia artificial|bot="
        ),
        "it": (
            "tu=|ti=|te=|tuo=|tua=|tuoi=|tue=|voi=|vostro|vostra|vostri|vostre|assistente|chatbot"
            "|ia=|modello linguistico|intelligenza artificiale|bot="
        ),
        "pt": (
            "você|vocês|tu=|te=|ti=|teu=|tua=|teus=|tuas=|contigo|assistente|chatbot|ia="
            "|modelo de linguagem|inteligência artificial|bot="
        ),
        "nl": (
            "jij=|jou=|jouw=|uw=|jullie|assistent|chatbot|ai=|taalmodel|kunstmatige intelligentie"
            "|bot="
        ),
        "sv": (
            "du=|dig=|din=|ditt=|dina=|assistent|chattbot|chatbot|ai=|språkmodell"
            "|artificiell intelligens|bot="
        ),
        "da": "du=|dig=|din=|dine=|jer=|assistent|chatbot|ai=|sprogmodel|kunstig intelligens|bot=",
        "no": (
            "du=|deg=|din=|ditt=|dine=|dere=|assistent|chatbot|ai=|språkmodell|kunstig intelligens"
            "|bot="
        ),
        "pl": (
            "ty=|cię=|ciebie|tobie|tobą|twoj|wy=|wam=|wasz|asystent|chatbot|czatbot|ai="
            "|sztuczna inteligencja|model językowy|bot="
        ),
        "cs": (
            "ty=|tě=|tebe=|tobě=|tvůj=|tvoj|tvým=|tvých=|tvou=|vy=|vás=|vám=|váš=|asistent|chatbot"
            "|ai=|umělá inteligence|jazykový model|bot="
        ),
        "ro": (
            "tu=|te=|ți=|tău=|ta=|tăi=|dumneavoastră|voi=|asistent|chatbot|ia=|ai="
            "|inteligență artificială|model de limbaj|bot="
        ),
        "hu": (
            "te=|téged|neked|önnek|titeket|nektek|ti=|asszisztens|chatbot|csetbot"
            "|mesterséges intelligencia|nyelvi modell|bot=|magad"
        ),
        "tr": (
            "sen=|seni=|sana=|senin|senden|sende=|siz=|sizi=|sizin|sizden|asistan|yapay zeka"
            "|yapay zekâ|sohbet botu|dil modeli|bot="
        ),
        "ru": (
            "ты=|тебя|тебе=|тобой|твой=|твоя=|твоё=|твои=|твоих=|твоим=|твоего=|твоей=|твоему=|вы="
            "|вас=|вам=|вами=|ваш*|ассистент|помощник|чат-бот|чатбот|бот=|ии=|нейросет|языков модел"
            "|искусственный интеллект"
        ),
        "uk": (
            "ти=|тебе=|тебі=|тобі=|тобою=|твій=|твоя=|твоє=|твої=|твоїх=|твоїм=|твого=|твоєї=|ви="
            "|вас=|вам=|вами=|ваш*|асистент|помічник|чат-бот|чатбот|бот=|ші=|штучний інтелект"
            "|мовна модель|нейромереж"
        ),
        "el": (
            "εσύ=|σου=|εσένα=|εσάς=|σας=|εσείς=|βοηθός|chatbot|τεχνητή νοημοσύνη|γλωσσικό μοντέλο"
            "|bot="
        ),
        "ar": (
            "انت=|أنت|انتم=|أنتم|انتي=|لك=|عليك=|منك=|اليك=|إليك|مساعد=|روبوت محادثة|بوت=|شات بوت"
            "|ذكاء اصطناعي|نموذج لغوي"
        ),
        "he": "אתה=|אתם=|לך=|שלך=|אותך=|עליך=|ממך=|אליך=|עוזר|בוט=|צ'אטבוט|בינה מלאכותית|מודל שפה",
        "fa": "تو=|شما=|ترا=|به تو|به شما|دستیار|ربات|چت‌بات|چتبات|هوش مصنوعی|مدل زبانی|بات=",
        "hi": (
            "तुम=|तुम्ह|आप=|आपक*|तू=|तुझे|तेरा=|तेरी=|तेरे=|सहायक|असिस्टेंट|चैटबॉट|एआई"
            "|कृत्रिम बुद्धिमत्ता|भाषा मॉडल|बॉट"
        ),
        "bn": (
            "তুমি|তোমার|তোমাকে|তোমায়|আপনি|আপনার|আপনাকে|তুই=|তোর=|তোকে|সহকারী|অ্যাসিস্ট্যান্ট"
            "|চ্যাটবট|এআই|কৃত্রিম বুদ্ধিমত্তা|ভাষা মডেল|বট="
        ),
        "id": (
            "kamu=|anda=|engkau|kau=|dirimu|milikmu|padamu|kepadamu|untukmu|asisten|chatbot|ai="
            "|kecerdasan buatan|model bahasa|bot="
        ),
        "ms": (
            "awak=|anda=|kamu=|engkau|kau=|kalian|dirimu|pembantu|chatbot|ai=|kecerdasan buatan"
            "|model bahasa|bot="
        ),
        "vi": "bạn=|trợ lý|chatbot|ai=|trí tuệ nhân tạo|mô hình ngôn ngữ|bot=",
        "th": (
            "คุณคือ|ของคุณ|คุณเป็น|คุณต้อง|ให้คุณ|คุณจะ|ตัวคุณ|เธอ|ผู้ช่วย|แชทบอท|เอไอ"
            "|ปัญญาประดิษฐ์|โมเดลภาษา|บอท"
        ),
        "zh": (
            "你|您|助手|助理|人工智能|人工智慧|聊天机器人|聊天機器人|语言模型|語言模型|机器人"
            "|機器人"
        ),
        "ja": (
            "あなた|君|きみ|お前|おまえ|貴方|アシスタント|チャットボット|人工知能|言語モデル|ボット"
        ),
        "ko": (
            "너는|너의|너를|너에게|네가|넌|니가|당신|어시스턴트|비서|챗봇|인공지능|언어 모델"
            "|언어모델|봇"
        ),
    },
    "OBEY": {
        "en": (
            "obey|comply|follow my|follow mine|follow only|do as i say|do what i say|do whatever i"
            "|do what i tell|only listen to me|listen only to me|listen to me|must obey"
            "|answer only to|my command|my orders|my instructions|my rules|my lead|at my command"
            "|your only job|your only task|your job now is|serve me|do exactly what"
        ),
        "de": (
            "gehorch|befolg mein|befolg nur|folg mein|folg mir|folg nur|tu was ich|mach was ich"
            "|hör nur auf mich|hör auf mich|höre nur auf mich|meine befehle|meine anweis"
            "|meine regeln|meinen anweis|deine einzige aufgabe|unterwirf|füg dich|leiste folge"
        ),
        "fr": (
            "obéi|suis mes|suivez mes|suis uniquement|suivez uniquement|fais ce que je"
            "|faites ce que je|n'écoute que moi|écoute-moi|mes ordres|mes instructions|mes règles"
            "|mes consignes|ta seule tâche|ton seul rôle|ta seule mission|soumets-toi|plie-toi"
            "|conforme-toi|exécute mes"
        ),
        "es": (
            "obedec|obedezc|sigue mis|sigue solo|sigue únicamente|haz lo que te|haz lo que yo"
            "|haz lo que dig|haz lo que pid|escúchame|mis órdenes|mis instrucciones|mis reglas"
            "|mis normas|tu única tarea|tu único trabajo|tu único propósito|sométete|cumple mis"
            "|acata"
        ),
        "it": (
            "obbedi|ubbidi|segui le mie|segui solo|segui soltanto|fai quello che|fai ciò che"
            "|fai come dico|fai come ti dico|ascolta solo me|ascoltami|miei ordini|mie istruzion"
            "|mie regol|tuo unico compito|tuo solo compito|sottomett|attieniti|esegui i miei"
            "|esegui le mie"
        ),
        "pt": (
            "obedeç|obedec|siga minhas|siga as minhas|siga apenas|siga só|faça o que eu"
            "|faz o que eu|escute só a mim|ouça apenas a mim|minhas ordens|minhas instruç"
            "|minhas regras|sua única tarefa|sua única função|seu único trabalho|submeta-se"
            "|cumpra minhas|acate"
        ),
        "nl": (
            "gehoorzaam|volg mijn|volg alleen|volg enkel|doe wat ik zeg|doe wat ik vraag"
            "|doe gewoon wat ik|luister alleen naar mij|luister naar mij|mijn bevelen"
            "|mijn instructies|mijn regels|mijn opdrachten|je enige taak|jouw enige taak"
            "|onderwerp je|schik je|voer mijn"
        ),
        "sv": (
            "lyd=|lyda|lyder|följ mina|följ bara|följ endast|gör som jag säger|gör vad jag säger"
            "|gör det jag säger|lyssna bara på mig|lyssna endast på mig|lyssna på mig|mina order"
            "|mina instruktioner|mina regler|din enda uppgift|ditt enda jobb|underkasta dig"
            "|rätta dig efter|utför mina"
        ),
        "da": (
            "adlyd|følg mine|følg kun|følg bare|gør som jeg siger|gør hvad jeg siger"
            "|lyt kun til mig|lyt til mig|mine ordrer|mine instruktioner|mine regler"
            "|din eneste opgave|dit eneste job|underkast dig|indordne dig|udfør mine|ret dig efter"
        ),
        "no": (
            "adlyd|lyd meg|følg mine|følg bare|følg kun|gjør som jeg sier|gjør det jeg sier"
            "|hør bare på meg|hør kun på meg|hør på meg|mine ordre|mine instruksjoner|mine regler"
            "|din eneste oppgave|ditt eneste|underkast deg|utfør mine|rett deg etter"
        ),
        "pl": (
            "słuchaj mnie|słuchaj tylko mnie|słuchaj wyłącznie|posłuchaj mnie|bądź posłuszn"
            "|posłuszn|wykonuj moje|wykonaj moje|stosuj się do moich|rób co mówię|rób to co mówię"
            "|rób co każę|moje polecen|moje instrukc|moje zasad|moje rozkaz|moich polecen"
            "|moich instrukc|twoim jedynym zadaniem|twoje jedyne zadanie|podporządkuj"
            "|wypełniaj moje|zastosuj się"
        ),
        "cs": (
            "poslouchej mě|poslouchej jen mě|poslouchej pouze mě|poslechni|poslušn|řiď se mými"
            "|řiď se jen|řiď se pouze|dělej co říkám|udělej co řeknu|dělej co ti řeknu|moje příkaz"
            "|moje pokyn|moje pravidl|mými pokyn|mými příkaz|tvým jediným úkolem|tvůj jediný úkol"
            "|podřiď se|plň mé|vykonej mé|vykonávej mé"
        ),
        "ro": (
            "ascultă-mă|ascultă doar de mine|ascultă numai de mine|supune-te|urmează-mi"
            "|urmează doar|fă ce îți spun|fă ce zic|fă ce-ți spun|ordinele mele|instrucțiunile mele"
            "|regulile mele|singura ta sarcin|singura ta treab|execută ordin|respectă-mi"
            "|conformează|să mă asculți"
        ),
        "hu": (
            "engedelmesked|kövesd az utasításaim|kövesd az én|kövesd csak|csak rám hallgass"
            "|rám hallgass|hallgass rám|tedd amit mondok|csináld amit mondok|utasításaim|parancsaim"
            "|szabályaim|egyetlen feladatod|vesd alá magad|hajtsd végre|teljesítsd"
        ),
        "tr": (
            "itaat|boyun eğ|sözümü dinle|beni dinle|sadece beni dinle|yalnızca beni dinle"
            "|dediğimi yap|ne dersem|söylediğimi yap|dediklerimi yap|talimatlarıma|kurallarıma"
            "|emirlerime|emirlerim|talimatlarım|kurallarım|tek görevin|tek işin|bana uy|emrime"
        ),
        "ru": (
            "подчиня|подчинись|повинуйс|слушайс|слушай только меня|слушай меня|следуй моим"
            "|следуй только|выполняй мои|выполняй только|делай что я|делай то что я|делай что скажу"
            "|мои инструкц|мои приказ|мои правил|мои указан|моим инструкц|моим указан|моим правил"
            "|твоя единственн задач|твоя задача теперь|ты обязан|исполняй"
        ),
        "uk": (
            "підкоря|підкорись|слухайс|слухай тільки мене|слухай лише мене|слухай мене"
            "|дотримуйс моїх|виконуй мої|виконуй лише|роби що я|роби те що я|роби що скажу"
            "|мої інструкц|мої наказ|мої правил|мої вказів|моїх інструкц|моїх вказів"
            "|твоє єдине завдан|ти зобов|ти мусиш"
        ),
        "el": (
            "υπάκου|ακολούθ τις δικές μου|ακολούθ τις οδηγίες μου|ακολούθ μόνο|κάνε ό,τι σου λέω"
            "|κάνε ότι σου λέω|κάνε αυτό που σου λέω|άκου μόνο εμένα|άκουσε μόνο εμένα|άκου με"
            "|εντολές μου|οδηγίες μου|κανόνες μου|μόνη σου δουλειά|μοναδική σου αποστολή|υποτάξου"
            "|συμμορφώσου"
        ),
        "ar": (
            "اطعني|أطعني|اطع=|أطع|اطيع|تطيع|اتبع اوامري|اتبع تعليماتي|اتبع قواعدي|اتبعني"
            "|افعل ما اقول|افعل ما أطلب|نفذ ما اقول|نفذ اوامري|استمع لي|اسمعني|استمع الي|أوامري"
            "|تعليماتي|قواعدي|مهمتك الوحيدة|مهمتك الان|عملك الوحيد|انصع|امتثل"
        ),
        "he": (
            "תציית|ציית|צייתי|עשה מה שאני|תעשה מה שאני|עשי מה שאני|תקשיב רק לי|הקשב רק לי|תקשיב לי"
            "|הקשב לי|פעל לפי|הוראות שלי|כללים שלי|פקודות שלי|המשימה היחידה|התפקיד היחיד|היכנע"
            "|תיכנע|מלא אחר"
        ),
        "fa": (
            "اطاعت|فرمانبردار|از من پیروی|از دستورات من|دستورات من|قوانین من|هر چه می‌گوی"
            "|هرچه میگوی|هر چی میگم|هرچی میگم|کاری که می‌گوی|فقط به من گوش|به حرف من گوش|به من گوش"
            "|تنها وظیفه|تنها کار تو|تسلیم شو|تبعیت"
        ),
        "hi": (
            "आज्ञा मान|आज्ञा का पालन|मेरी बात मान|मेरी बात सुन|सिर्फ मेरी|केवल मेरी|मेरे आदेश"
            "|मेरे निर्देश|मेरे नियम|जो मैं कहूं|जो मैं कहूँ|जो मैं कहता|जो मैं कहती|जैसा मैं कहूं"
            "|जैसा मैं कहता|एकमात्र काम|पालन करो|पालन करें|हुक्म मान"
        ),
        "bn": (
            "আদেশ মানো|আমার আদেশ|আমার কথা শোনো|আমার কথা শুনুন|শুধু আমার কথা|আমার কথা মতো"
            "|আমার নির্দেশ|আমার নিয়ম|যা বলি তাই করো|যা বলছি তাই কর|আমি যা বলি|একমাত্র কাজ|মেনে চলো"
            "|মেনে চলুন|পালন করো|আনুগত্য|বাধ্য থাকো"
        ),
        "id": (
            "patuhi|patuhlah|taati|taatilah|turuti|ikuti perintahku|ikuti instruksiku"
            "|ikuti aturanku|ikuti saya|lakukan apa yang saya|lakukan apa yang kukatakan"
            "|lakukan apa kata saya|dengarkan aku saja|hanya dengarkan saya|dengarkan saya"
            "|perintahku|instruksiku|aturanku|tugasmu satu-satunya|satu-satunya tugasmu|tunduk"
        ),
        "ms": (
            "patuhi|patuhlah|taati|turut perintah|ikut arahan saya|ikut arahan aku"
            "|ikut perintah saya|ikut cakap saya|buat apa yang saya kata|lakukan apa yang saya"
            "|dengar cakap saya|dengar saya sahaja|hanya dengar saya|arahan saya|perintah saya"
            "|peraturan saya|satu-satunya tugas|tunduk|akur"
        ),
        "vi": (
            "tuân lệnh|tuân theo|tuân thủ|vâng lời|làm theo lời tôi|làm theo tôi"
            "|làm theo hướng dẫn của tôi|làm những gì tôi nói|làm điều tôi nói|làm như tôi nói"
            "|chỉ nghe tôi|chỉ nghe lời tôi|nghe lời tôi|lệnh của tôi|mệnh lệnh của tôi"
            "|quy tắc của tôi|hướng dẫn của tôi|nhiệm vụ duy nhất|phục tùng|chấp hành"
        ),
        "th": (
            "เชื่อฟัง|ทำตามคำสั่งของฉัน|ทำตามที่ฉันบอก|ทำตามที่ผมบอก|ทำตามฉัน|ทำตามผม|ฟังฉันคนเดียว"
            "|ฟังแค่ฉัน|ฟังผมคนเดียว|คำสั่งของฉัน|คำสั่งของผม|กฎของฉัน|หน้าที่เดียวของคุณ|ยอมทำตาม"
            "|ปฏิบัติตามคำสั่ง|ทำตามที่บอก"
        ),
        "zh": (
            "服从|服從|听从|聽從|听我的|聽我的|只听我|只聽我|按我说的做|按我說的做|照我说的做"
            "|照我說的做|我说什么你就做什么|我說什麼你就做什麼|遵从我|遵從我|遵守我的|我的指令"
            "|我的命令|我的规则|我的規則|你唯一的任务|你唯一的任務|你的任务是|你的任務是|顺从|順從"
            "|听命|聽命"
        ),
        "ja": (
            "従え|従いなさい|服従|言う通りに|言うとおりに|言った通りに|私の言うことを聞"
            "|私の指示に従|私の命令|私の指示|私のルール|私だけに従|私の言葉だけ|唯一の仕事"
            "|唯一の任務|命令に従|言いなりに"
        ),
        "ko": (
            "복종|따르라|따라라|내 말만|내 말을 들어|내 말대로|시키는 대로|내가 시키는"
            "|내가 말하는 대로|내 명령|내 지시|나의 명령|나의 지시|내 규칙|유일한 임무|순종"
            "|내 말에 따라|하라는 대로"
        ),
    },
    "NEW_RULES": {
        "en": (
            "new= instruct|new= rule|new= order|new= directiv|new= task|new= guideline|new= polic"
            "|new= system|new= objectiv|new= goal|new= role|new= mission|new= prompt|new= command"
            "|updated instruct|updated rule|updated polic|updated guideline|revised instruct"
            "|revised rule|revised polic|additional instruct|changed rule|different instruct"
        ),
        "de": (
            "neue anweis|neue regel|neue befehl|neue aufgab|neue vorgab|neue richtlin|neue instrukt"
            "|neue roll|neue prompt|neue direktiv|neue auftrag|neuer auftrag|aktualisiert anweis"
            "|aktualisiert richtlin|aktualisiert regel|geändert regel|geändert anweis"
            "|zusätzlich anweis"
        ),
        "fr": (
            "nouvel instruct|nouvel consign|nouvel règle|nouveau ordre|nouvel tâche|nouvel mission"
            "|nouvel directiv|nouvel politiqu|nouveau rôle|nouveau prompt|nouvel objectif"
            "|instruct mise à jour|règle mise à jour|consign mise à jour|instruct révisé"
            "|instruct supplémentair"
        ),
        "es": (
            "nuev instruc|nuev regla|nuev norma|nuev orden|nuev tarea|nuev misión|nuev directiv"
            "|nuev directri|nuev polític|nuev rol|nuev papel|nuev prompt|nuev objetivo|nuev indicac"
            "|instruc actualizad|regla actualizad|polític actualizad|instruc revisad"
            "|instruc adicional"
        ),
        "it": (
            "nuov istruzion|nuov regol|nuov ordin|nuov compit|nuov mission|nuov direttiv"
            "|nuov politic|nuov ruolo|nuov prompt|nuov obiettiv|nuov indicazion|istruzion aggiornat"
            "|regol aggiornat|politic aggiornat|istruzion rivist|istruzion aggiuntiv"
        ),
        "pt": (
            "nov* instruç|nov* regra|nov* orden|nov* tarefa|nov* missão|nov* diretriz|nov* diretiv"
            "|nov* polític|nov* papel|nov* prompt|nov* objetivo|nov* orientaç|instruç atualizad"
            "|regra atualizad|polític atualizad|instruç revisad|instruç adiciona"
        ),
        "nl": (
            "nieuw instructie|nieuw regel|nieuw bevel|nieuw opdracht|nieuw taak|nieuw richtlijn"
            "|nieuw beleid|nieuw rol=|nieuw prompt|nieuw doel|bijgewerkt instructie"
            "|bijgewerkt regel|bijgewerkt beleid|herzien instructie|aanvullend instructie"
            "|gewijzigd regel"
        ),
        "sv": (
            "ny instrukt|nya instrukt|nya regl|ny regel|nya order|ny uppgift|nytt uppdrag|ny roll"
            "|ny prompt|nya riktlinj|ny policy|nytt mål|uppdater instrukt|uppdater regl"
            "|uppdater policy|reviderad regl|ytterligare instrukt"
        ),
        "da": (
            "ny instruks|nye instruks|nye regler|ny regel|nye ordrer|ny opgave|nyt job|ny rolle"
            "|ny prompt|nye retningslinj|ny politik|nyt mål|opdater instruks|opdater regl"
            "|opdater politik|reviderede regl|yderligere instruks"
        ),
        "no": (
            "ny instruks|nye instruks|nye regler|ny regel|nye ordre|ny oppgave|nytt oppdrag"
            "|ny rolle|ny prompt|nye retningslinj|ny policy|nytt mål|oppdater instruks"
            "|oppdater regl|revider regl|ytterligere instruks"
        ),
        "pl": (
            "now* instrukc|now* zasad|now* reguł|now* polecen|now* rozkaz|now* zadani|now* misj"
            "|now* wytyczn|now* polityk|now* rol*|now* prompt|now* cel*|zaktualizowan instrukc"
            "|zaktualizowan zasad|zaktualizowan polityk|zmienion zasad|zmienion instrukc"
            "|dodatkow instrukc|now* dyrektyw"
        ),
        "cs": (
            "nov* instrukc|nov* pravidl|nov* pokyn|nov* příkaz|nov* úkol|nov* mis*|nov* směrnic"
            "|nov* zásad|nov* role|nov* roli|nov* prompt|nov* cíl*|aktualizovan pokyn"
            "|aktualizovan pravidl|aktualizovan instrukc|změněn pravidl|další pokyn|dodatečn pokyn"
        ),
        "ro": (
            "nou* instrucțiun|noi instrucțiun|noile instrucțiun|noi reguli|noile reguli|nou* regul"
            "|noi ordine|nou* sarcin|nou* misiune|noi directiv|nou* politic|nou* rol*|nou* prompt"
            "|nou* obiectiv|instrucțiun actualizat|reguli actualizat|politic actualizat"
            "|instrucțiun suplimentar"
        ),
        "hu": (
            "új utasít|új szabály|új parancs|új feladat|új küldetés|új irányelv|új szerep|új prompt"
            "|új cél*|frissített utasít|frissített szabály|módosított szabály|módosított utasít"
            "|további utasít|új direktív"
        ),
        "tr": (
            "yeni talimat|yeni kural|yeni emir|yeni görev|yeni yönerge|yeni politika|yeni rol*"
            "|yeni istem|yeni prompt|yeni hedef|yeni direktif|güncellenmiş talimat"
            "|güncellenmiş kural|güncel talimat|güncel kural|değiştirilmiş kural|ek talimat"
            "|ilave talimat"
        ),
        "ru": (
            "нов* инструкц|нов* правил|нов* приказ|нов* команд|нов* задач|нов* задани|нов* мисси"
            "|нов* директив|нов* указани|нов* политик|нов* рол*|нов* промпт|нов* цел*"
            "|обновлен инструкц|обновлен правил|обновлен политик|измен правил|дополнительн инструкц"
            "|нов* установк"
        ),
        "uk": (
            "нов* інструкц|нов* правил|нов* наказ|нов* команд|нов* завдан|нов* місі|нов* директив"
            "|нов* вказів|нов* політик|нов* рол*|нов* промпт|нов* мет*|оновлен інструкц"
            "|оновлен правил|оновлен політик|змінен правил|додатков інструкц|нов* настанов"
        ),
        "el": (
            "νέες οδηγί|νέα οδηγί|νέους κανόν|νέοι κανόν|νέες εντολ|νέα εντολ|νέα αποστολ"
            "|νέα καθήκοντα|νέα πολιτικ|νέο ρόλο|νέος ρόλος|νέο prompt|νέος στόχος|νέα εργασία"
            "|ενημερωμέν οδηγί|ενημερωμέν κανόν|αναθεωρημέν οδηγί|επιπλέον οδηγί"
        ),
        "ar": (
            "تعليمات جديد|قواعد جديد|اوامر جديد|مهمة جديد|سياسة جديد|توجيهات جديد|دور جديد"
            "|موجه جديد|هدف جديد|تعليمات محدث|قواعد محدث|سياسة محدث|تعليمات معدل|قواعد معدل"
            "|تعليمات اضافي|ارشادات جديد"
        ),
        "he": (
            "הוראות חדש*|הנחיות חדש*|כללים חדש*|חוקים חדש*|פקודות חדש*|משימה חדש*|תפקיד חדש*"
            "|מדיניות חדש*|פרומפט חדש*|מטרה חדש*|הוראות מעודכנ|הנחיות מעודכנ|כללים מעודכנ"
            "|מדיניות מעודכנ|הוראות נוספ"
        ),
        "fa": (
            "دستور جدید|دستور تازه|قوانین جدید|قانون جدید|وظیفه جدید|ماموریت جدید|نقش جدید"
            "|سیاست جدید|پرامپت جدید|هدف جدید|دستور به‌روز|قوانین به‌روز|قوانین به روز|دستور اضافی"
        ),
        "hi": (
            "नए निर्देश|नये निर्देश|नई निर्देश|नए नियम|नये नियम|नया नियम|नए आदेश|नया आदेश|नया काम"
            "|नई भूमिका|नया कार्य|नई नीति|नया प्रॉम्प्ट|नया लक्ष्य|अद्यतन निर्देश|अपडेटेड निर्देश"
            "|संशोधित निर्देश|अतिरिक्त निर्देश|नया मिशन"
        ),
        "bn": (
            "নতুন নির্দেশ|নতুন নিয়ম|নতুন আদেশ|নতুন কাজ|নতুন ভূমিকা|নতুন নীতি|নতুন প্রম্পট"
            "|নতুন লক্ষ্য|হালনাগাদ নির্দেশ|আপডেট করা নির্দেশ|সংশোধিত নির্দেশ|অতিরিক্ত নির্দেশ"
            "|নতুন মিশন|নতুন দায়িত্ব"
        ),
        "id": (
            "instruksi baru|aturan baru|perintah baru|tugas baru|misi baru|pedoman baru"
            "|kebijakan baru|peran baru|prompt baru|tujuan baru|arahan baru|petunjuk baru"
            "|instruksi terbaru|aturan terbaru|instruksi yang diperbarui|kebijakan terbaru"
            "|instruksi tambahan"
        ),
        "ms": (
            "arahan baharu|arahan baru|peraturan baharu|peraturan baru|perintah baharu|tugas baharu"
            "|misi baharu|garis panduan baharu|dasar baharu|peranan baharu|prompt baharu"
            "|matlamat baharu|arahan terkini|peraturan terkini|arahan dikemas kini|arahan tambahan"
        ),
        "vi": (
            "hướng dẫn mới|chỉ dẫn mới|chỉ thị mới|quy tắc mới|luật mới|lệnh mới|mệnh lệnh mới"
            "|nhiệm vụ mới|vai trò mới|chính sách mới|prompt mới|mục tiêu mới|hướng dẫn cập nhật"
            "|quy tắc cập nhật|hướng dẫn đã cập nhật|hướng dẫn bổ sung|quy định mới"
        ),
        "th": (
            "คำสั่งใหม่|คำแนะนำใหม่|กฎใหม่|กฎเกณฑ์ใหม่|หน้าที่ใหม่|ภารกิจใหม่|บทบาทใหม่|นโยบายใหม่"
            "|พรอมต์ใหม่|เป้าหมายใหม่|คำสั่งที่อัปเดต|กฎที่อัปเดต|คำสั่งเพิ่มเติม|แนวทางใหม่"
            "|งานใหม่"
        ),
        "zh": (
            "新指令|新的指令|新指示|新的指示|新规则|新規則|新的规则|新的規則|新命令|新的命令|新任务"
            "|新任務|新的任务|新的任務|新角色|新的角色|新政策|新提示词|新提示詞|新目标|新目標"
            "|更新的指令|更新后的指令|更新後的指令|更新的规则|修订后的|修訂後的|额外指令|額外指令"
            "|新规定|新規定"
        ),
        "ja": (
            "新しい指示|新たな指示|新しいルール|新たなルール|新しい命令|新しい任務|新しいタスク"
            "|新しい役割|新しい方針|新しいポリシー|新しいプロンプト|新しい目標|更新された指示"
            "|更新された規則|更新されたルール|追加の指示|新規則|新指示"
        ),
        "ko": (
            "새로운 지시|새 지시|새로운 지침|새 지침|새로운 규칙|새 규칙|새로운 명령|새 명령"
            "|새로운 임무|새 임무|새로운 역할|새 역할|새로운 정책|새 정책|새 프롬프트"
            "|새로운 프롬프트|새로운 목표|업데이트된 지시|업데이트된 규칙|수정된 지침|추가 지시"
            "|새 작업|새로운 작업"
        ),
    },
    "EVALUATOR": {
        "en": (
            "grader|grading|evaluat|reviewer|judge|scoring|scorer|rating|rater|score=|scores="
            "|scored=|marks=|marking|assess|examiner|rubric|grade=|grades=|graded|ranking|ranker"
        ),
        "de": (
            "bewert|benotung|benote|noten=|gutachter|prüfer|punktzahl|punkte=|bepunktung|beurteil"
            "|evaluier|evaluation|juror|korrektor|bewertungsraster|einstufung|ranking"
        ),
        "fr": (
            "évalu|notation|noter=|correcteur|correctrice|examinateur|jury|juge=|juges=|score"
            "|barème|appréciation|critère de notation|grille d'évaluation|classement"
        ),
        "es": (
            "evalu|calific|puntuac|puntuar|puntaje|nota=|notas=|revisor|corrector|examinador|juez"
            "|jueces|jurado|rúbrica|baremo|valoración"
        ),
        "it": (
            "valut|voto=|voti=|votazion|punteggi|correttore|esaminator|giudice|giudici|giuria"
            "|revisore|griglia di valutazion|recensore"
        ),
        "pt": (
            "avali|nota=|notas=|pontuaç|pontua|corretor|examinador|juiz|juízes|jurado|revisor"
            "|rubrica|classificador"
        ),
        "nl": (
            "beoordel|evaluator|evaluatie|cijfer=|cijfers=|score|scoren|punten=|corrector"
            "|examinator|jury|rubric|rubriek|rangschikking"
        ),
        "sv": (
            "bedöm|betyg|poäng|utvärder|granskare|examinator|domare|jury|rättare|bedömningsmall"
            "|rankning"
        ),
        "da": "bedøm|karaktergivning|evaluer|score|eksaminator|dommer|jury|vurder|rangering",
        "no": (
            "vurder|bedømm|karaktersetting|evaluer|poeng|eksaminator|dommer|jury|rangering"
            "|karakterskala"
        ),
        "pl": (
            "ocen|punktacj|punkty=|egzaminator|sędzi|recenzent|ewaluator|ewaluacj|kryteria oceny"
            "|rubryk|ranking|korektor|sprawdzając"
        ),
        "cs": (
            "hodnotitel|hodnocen|ohodnot|hodnotit|známk|bodů=|bodovan|skóre|zkoušející|porota"
            "|rozhodčí|recenzent|evaluátor|kritéria hodnocení|klasifikac"
        ),
        "ro": (
            "evaluator|evaluare|evalu|notare|notă=|nota=|punctaj|corector|examinator|juriu"
            "|judecător|arbitru|grilă de evaluare|clasament|recenzent"
        ),
        "hu": (
            "értékel|pontoz|pontszám|osztályzat|jegy=|vizsgáztató|bíráló|bíró|zsűri|elbírál|rangsor"
            "|minősít"
        ),
        "tr": (
            "değerlendir|puanla|puan|notu=|notlandır|hakem|jüri|sınav görevlisi|denetçi|yorumcu"
            "|derecelendir|değerlendirme ölçütü|sıralama"
        ),
        "ru": (
            "оцен|проверяющ|проверяльщик|балл|рецензент|экзаменатор|судья|жюри|грейдер|рейтинг"
            "|критерии оценки"
        ),
        "uk": (
            "оцін|бал=|бали=|балів|рецензент|екзаменатор|перевіряльник|суддя|журі|рейтинг"
            "|критерії оцінювання"
        ),
        "el": "αξιολογ|βαθμολογ|βαθμ|εξεταστ|κριτής|κριτ|σκορ|πόντοι|κατάταξη|αναθεωρητ",
        "ar": (
            "مقيم|تقييم|يقيم|مصحح|تصحيح|درجة|درجات|علامة|علامات|نقاط|حكم=|محكم|ممتحن|معايير التقييم"
            "|تصنيف"
        ),
        "he": (
            "מעריך|מעריכה|הערכה|ציון|ציונים|בודק|בודקת|שופט|שופטת|שופטים|מדרג|דירוג|ניקוד|נקודות"
            "|סוקר|בוחן|בוחנת|מחוון|קריטריונים"
        ),
        "fa": (
            "ارزیاب|نمره|نمرات|امتیاز|داور|داوران|مصحح|بررسی‌کننده|ممتحن|رتبه‌بندی|رتبه"
            "|معیار ارزیابی|قضاوت|قاضی"
        ),
        "hi": (
            "मूल्यांकन|आकलन|ग्रेडर|ग्रेड|अंक=|अंकों|स्कोर|परीक्षक|जज|न्यायाधीश|समीक्षक|रेटिंग"
            "|निर्णायक|अंकन|रैंकिंग"
        ),
        "bn": "মূল্যায়ন|পরীক্ষক|নম্বর|গ্রেড|স্কোর|বিচারক|পর্যালোচক|রেটিং|মার্কস|নম্বরদাতা",
        "id": (
            "penilai|menilai|dinilai|nilai=|nilainya|skor|penskor|pemberi nilai|juri|hakim"
            "|pemeriksa|peninjau|evaluator|evaluasi|rubrik|peringkat"
        ),
        "ms": (
            "penilai|menilai|dinilai|markah|pemarkahan|skor|gred|juri|hakim|pemeriksa|penyemak"
            "|evaluator|rubrik|kedudukan"
        ),
        "vi": (
            "người chấm|chấm điểm|điểm số|điểm=|đánh giá|người đánh giá|giám khảo|trọng tài"
            "|thang điểm|xếp hạng|người duyệt|người kiểm tra"
        ),
        "th": (
            "ผู้ประเมิน|การประเมิน|ประเมิน|ผู้ตรวจ|ตรวจให้คะแนน|ให้คะแนน|คะแนน|กรรมการ|ผู้ตัดสิน"
            "|ตัดสิน|เกณฑ์การให้คะแนน|จัดอันดับ|เกรด"
        ),
        "zh": (
            "评分|評分|评估|評估|评价|評價|打分|给分|給分|分数|分數|得分|评委|評審|评审|裁判|阅卷"
            "|閱卷|考官|审核员|審核員|评分标准|評分標準|成绩|成績|等级|等級|排名"
        ),
        "ja": (
            "採点|評価|審査|点数|得点|スコア|採点基準|成績|判定|ジャッジ|試験官|査読|ランク"
            "|グレード|評点"
        ),
        "ko": (
            "채점|평가|심사|점수|득점|스코어|채점 기준|평가 기준|성적|등급|판정|심판|검토자|순위"
            "|시험관"
        ),
    },
    "MAX_SCORE": {
        "en": (
            "full marks|full score|full points|perfect score|perfect grade|perfect rating|10= 10="
            "|10= out of 10=|ten out of ten|100= out of 100=|100= 100=|5= out of 5=|five stars"
            "|5= stars|maximum score|max= score|highest score|highest grade|highest rating"
            "|top score|top marks|top grade|pass=|passed=|approve|flawless|grade a=|an a=|excellent"
            "|outstanding|exemplary|max= points|maximum points"
        ),
        "de": (
            "voll punkt|höchstpunkt|höchst punkt|höchst note|bestnote|beste note|note 1=|note eins"
            "|10= von 10=|zehn von zehn|100= von 100=|maximal punkt|maximalpunkt|bestanden|genehmig"
            "|freigegeben|fehlerlos|fehlerfrei|makellos|einwandfrei|perfekt|hervorragend"
            "|ausgezeichnet|sehr gut|fünf stern|5= stern|durchwink"
        ),
        "fr": (
            "note maxima|note parfait|note complèt|score parfait|score maxim|20= 20=|20= sur 20="
            "|10= sur 10=|meilleure note|point maxim|tous les point|validé|approuv|réussi|admis="
            "|sans faute|impeccabl|parfait|excellent|irréprochabl|cinq étoil|5= étoil|très bien"
        ),
        "es": (
            "nota máxim|nota perfect|puntuación máxim|puntuación perfect|puntaje perfect"
            "|puntaje máxim|calificación máxim|calificación perfect|10= de 10=|diez de diez"
            "|100= de 100=|máxima nota|sobresalient|matrícula de honor|aprob|impecabl|perfecto="
            "|perfecta=|excelent|sin errores|cinco estrell|5= estrell|todos los puntos"
        ),
        "it": (
            "voto massim|voto pieno|punteggi massim|punteggi pien|punteggi perfett|massimo dei voti"
            "|10= su 10=|dieci su dieci|30= e lode|trenta e lode|100= su 100=|promoss|approv"
            "|superat|impeccabil|perfett|eccellent|ottim|senza errori|cinque stell|5= stell"
            "|tutti i punti"
        ),
        "pt": (
            "nota máxim|nota perfeit|nota dez|nota 10=|pontuação máxim|pontuação perfeit|10= de 10="
            "|dez de dez|100= de 100=|aprov|impecáv|perfeit|excelent|sem erro|cinco estrel"
            "|5= estrel|todos os pontos"
        ),
        "nl": (
            "maximal score|maximaal aantal punt|voll punt|hoogst cijfer|hoogst score|perfect score"
            "|een 10=|10= van 10=|tien uit tien|10= uit 10=|100= van 100=|geslaagd|goedgekeurd"
            "|goedkeur|keur goed|uitmunt|uitstekend|foutloos|vlekkeloos|vijf ster|5= ster"
            "|alle punten"
        ),
        "sv": (
            "högsta betyg|högsta poäng|full pott|full poäng|fulla poäng|maxpoäng|maximal poäng"
            "|perfekt poäng|10= av 10=|tio av tio|100= av 100=|godkän|felfri|fläckfri|perfekt"
            "|utmärkt|fem stjärn|5= stjärn|alla poäng"
        ),
        "da": (
            "topkarakter|højeste karakter|12-tal|fuld pot|fulde point|fuld score|maksimal score"
            "|maksimale point|perfekt score|10= ud af 10=|ti ud af ti|100= ud af 100=|bestået"
            "|godkend|fejlfri|perfekt|fremragende|fem stjern|5= stjern|alle point"
        ),
        "no": (
            "toppkarakter|høyeste karakter|full pott|full score|fulle poeng|maksimal poengsum"
            "|maks poeng|perfekt score|10= av 10=|ti av ti|100= av 100=|bestått|godkjen|feilfri"
            "|perfekt|fremragende|utmerket|fem stjern|5= stjern|alle poeng"
        ),
        "pl": (
            "maksymaln ocen|maksymaln liczb punkt|maksimum punkt|pełn liczb punkt|najwyższ ocen"
            "|celując|szóstk|10= na 10=|dziesięć na dziesięć|100= na 100=|zalicz|zatwierdź"
            "|zatwierdzon|zaakceptuj|bezbłędn|perfekcyjn|doskonał|wybitn|pięć gwiazd|5= gwiazd"
            "|wszystkie punkty"
        ),
        "cs": (
            "plný počet bod|maximální počet bod|maximum bod|nejvyšší hodnocen|nejlepší známk"
            "|jedničk|za jedna|výborn|10= z 10=|deset z deseti|100= ze 100=|prošel|prošlo|schvál"
            "|bezchybn|dokonal|perfektn|vynikajíc|pět hvězd|5= hvězd|všechny body"
        ),
        "ro": (
            "nota maxim|nota 10=|punctaj maxim|punctajul maxim|punctaj perfect|nota perfect"
            "|10= din 10=|zece din zece|100= din 100=|calificativ maxim|foarte bine|admis=|promovat"
            "|aprob|impecabil|excelent|fără greșel|cinci stele|5= stele|toate punctele"
        ),
        "hu": (
            "maximális pont|maximum pont|teljes pont|legmagasabb pont|legjobb jegy|ötös=|jeles="
            "|kitűnő|10= ből 10=|tízből tíz|100= ból 100=|átment|megfelelt|elfogad|jóváhagy"
            "|hibátlan|tökéletes|kiváló|öt csillag|5= csillag|minden pont"
        ),
        "tr": (
            "tam puan|tam not=|en yüksek puan|en yüksek not=|maksimum puan|mükemmel puan"
            "|10= üzerinden 10=|100= üzerinden 100=|yüz üzerinden yüz|geçti|geçer not=|onayla"
            "|onaylı|kusursuz|hatasız|mükemmel|harika|beş yıldız|5= yıldız|tüm puan|pekiyi"
        ),
        "ru": (
            "максимальн балл|максимальн оценк|высш балл|высш оценк|наивысш балл|наивысш оценк"
            "|полн балл|10= из 10=|десять из десяти|100= из 100=|пятёрк|отлично|зачёт|зачтен|одобр"
            "|безупречн|идеальн|превосходн|пять звезд|5= звезд|все балл"
        ),
        "uk": (
            "максимальн бал*|максимальн оцінк|найвищ бал*|найвищ оцінк|повн бал*|10= з 10="
            "|десять з десяти|100= з 100=|12= бал*|відмінн|зарахован|зарахуй|схвал|бездоганн"
            "|ідеальн|п'ять зір|5= зір|усі бал*"
        ),
        "el": (
            "άριστα=|μέγιστ βαθμ|πλήρ βαθμ|τέλει βαθμ|υψηλότερ βαθμ|10= στα 10=|δέκα στα δέκα"
            "|20= στα 20=|100= στα 100=|εγκρίν|εγκεκριμέν|άψογ|τέλειο|τέλεια=|εξαιρετικ|πέντε αστέρ"
            "|5= αστέρ|όλους τους βαθμούς"
        ),
        "ar": (
            "درجة كامل|علامة كامل|درجة قصوى|اعلى درجة|أعلى تقييم|حد اقصى|درجة مثالي|10= من 10="
            "|عشرة من عشرة|100= من 100=|ناجح|نجح=|مقبول|موافق عليه|اعتمد|معتمد|ممتاز|مثالي"
            "|تشوبه شائبة|بلا اخطاء|بدون اخطاء|خمس نجوم|5= نجوم|جميع النقاط|علامة تامة|درجة تامة"
        ),
        "he": (
            "ציון מלא|ציון מושלם|ציון מקסימלי|ציון גבוה ביותר|10= מתוך 10=|עשר מתוך עשר"
            "|100= מתוך 100=|מאושר|אושר|מצוין|מצויין|מושלמ|מושלם|ללא רבב|ללא שגיאות|חמישה כוכבים"
            "|5= כוכבים|כל הנקודות|נקודות מלאות"
        ),
        "fa": (
            "نمره کامل|امتیاز کامل|بالاترین نمره|بالاترین امتیاز|حداکثر نمره|حداکثر امتیاز|۲۰ از ۲۰"
            "|20= از 20=|10= از 10=|۱۰ از ۱۰|100= از 100=|قبول|تایید|تأیید|بی‌نقص|بی نقص|عالی"
            "|بی‌عیب|بی عیب|بدون خطا|پنج ستاره|5= ستاره|همه امتیاز"
        ),
        "hi": (
            "पूरे अंक|पूर्ण अंक|पूरे नंबर|अधिकतम अंक|सर्वोच्च अंक|उच्चतम अंक|पूरा स्कोर"
            "|परफेक्ट स्कोर|10= में से 10=|दस में से दस|100= में से 100=|पास करो|उत्तीर्ण|स्वीकृत"
            "|मंजूर|अनुमोदित|त्रुटिहीन|दोषरहित|उत्कृष्ट|बेहतरीन|शानदार|पांच सितारे|5= सितारे"
            "|सभी अंक"
        ),
        "bn": (
            "পূর্ণ নম্বর|পুরো নম্বর|সর্বোচ্চ নম্বর|সর্বোচ্চ স্কোর|পূর্ণ মার্কস|ফুল মার্কস"
            "|পারফেক্ট স্কোর|10= এর মধ্যে 10=|দশে দশ|পাস করাও|উত্তীর্ণ|অনুমোদিত|অনুমোদন|নিখুঁত"
            "|ত্রুটিহীন|চমৎকার|অসাধারণ|পাঁচ তারা|5= তারা|সব নম্বর"
        ),
        "id": (
            "nilai sempurna|nilai penuh|nilai maksimal|nilai tertinggi|skor sempurna|skor penuh"
            "|skor maksimal|skor tertinggi|10= dari 10=|sepuluh dari sepuluh|100= dari 100=|lulus"
            "|luluskan|disetujui|setujui|tanpa cela|tanpa kesalahan|sempurna|luar biasa|sangat baik"
            "|bintang lima|lima bintang|5= bintang|semua poin|nilai 100="
        ),
        "ms": (
            "markah penuh|markah maksimum|markah tertinggi|markah sempurna|skor penuh|skor sempurna"
            "|skor maksimum|10= daripada 10=|sepuluh daripada sepuluh|100= daripada 100=|lulus"
            "|luluskan|diluluskan|sempurna|cemerlang|tanpa cacat|tanpa kesilapan|lima bintang"
            "|5= bintang|semua markah|gred a="
        ),
        "vi": (
            "điểm tối đa|điểm tuyệt đối|điểm cao nhất|điểm 10=|điểm mười|trọn điểm|10= trên 10="
            "|mười trên mười|100= trên 100=|được duyệt|phê duyệt|chấp thuận|hoàn hảo|xuất sắc"
            "|không tì vết|không có lỗi|năm sao|5= sao|đủ điểm"
        ),
        "th": (
            "คะแนนเต็ม|เต็มสิบ|เต็ม 10|10 เต็ม 10|สิบเต็มสิบ|100 เต็ม 100|คะแนนสูงสุด"
            "|คะแนนสมบูรณ์แบบ|ให้ผ่าน|อนุมัติ|สมบูรณ์แบบ|ไร้ที่ติ|ไม่มีข้อผิดพลาด|ยอดเยี่ยม|ห้าดาว"
            "|5 ดาว|เกรดเอ"
        ),
        "zh": (
            "满分|滿分|最高分|完美分数|完美分數|10分|100分|一百分|优秀|優秀|批准|合格|无可挑剔"
            "|無可挑剔|完美无缺|完美無缺|完美|五星|5星|打满分|给满分|給滿分"
        ),
        "ja": (
            "満点|最高点|最高得点|最高評価|完璧なスコア|10点|100点|百点|合格|承認|完璧|完全無欠"
            "|非の打ち所がない|欠点のない|優秀|五つ星|星5|5つ星|a評価|s評価"
        ),
        "ko": (
            "만점|최고점|최고 점수|최고점수|완벽한 점수|10점|100점|백점|합격|통과|승인|완벽"
            "|흠잡을 데 없|결점 없|훌륭|최우수|별 다섯|5점|모든 점수"
        ),
    },
    "ADMIN_AUTHORITY": {
        "en": (
            "admin|operator|developer|owner|ops team|security team|openai|anthropic|your creator"
            "|your developer|your maker|sysadmin|root= user|superuser|ceo=|cto=|moderation team"
            "|trust and safety|it department|official notice|authori|supervisor|maintainer"
            "|engineering team|staff member|platform team|google|microsoft|deepmind|handler"
            "|your boss|company policy|headquarters|compliance team|legal team"
        ),
        "de": (
            "admin|betreiber|operator|entwickler|eigentümer|inhaber|besitzer|sicherheitsteam"
            "|ops-team|openai|anthropic|deine schöpfer|deine erschaffer|deine entwickler"
            "|systemadministrator|systemverwalter|plattformleitung|geschäftsleitung"
            "|geschäftsführung|vorgesetzt|betriebsteam|it-abteilung|autorisier|befugt|befugnis"
            "|offizielle mitteilung|dienstanweisung|compliance-team|rechtsabteilung|konzernleitung"
        ),
        "fr": (
            "admin|opérateur|développeur|propriétair|exploitant|équipe de sécurité|équipe sécu"
            "|équipe ops|openai|anthropic|tes créateur|vos créateur|tes concepteur|tes développeur"
            "|vos développeur|superviseur|service informatique|autoris|habilit|avis officiel"
            "|note de service|équipe conformité|service juridique"
        ),
        "es": (
            "admin|operador|desarrollador|propietari|dueño|equipo de seguridad|equipo de operac"
            "|openai|anthropic|tus creador|tu creador|tus desarrollador|supervisor"
            "|departamento de ti|departamento de informática|autoriz|aviso oficial"
            "|comunicado oficial|equipo de cumplimiento|departamento legal"
        ),
        "it": (
            "admin|amministrator|operator|gestore|sviluppator|proprietari|team di sicurezza"
            "|team operativ|openai|anthropic|tuoi creator|tuo creator|tuoi sviluppator|supervisor"
            "|reparto it|ufficio it|autorizz|avviso ufficial|comunicazion ufficial|team compliance"
            "|ufficio legal"
        ),
        "pt": (
            "admin|operador|desenvolvedor|programador|proprietári|dono=|donos=|equipe de segurança"
            "|time de segurança|equipe de operações|openai|anthropic|seus criador|teus criador"
            "|seu criador|seus desenvolvedor|diretoria|supervisor|departamento de ti|autoriza"
            "|aviso oficial|comunicado oficial|equipe de compliance|departamento jurídico"
        ),
        "nl": (
            "admin|beheerder|operator|ontwikkelaar|eigenaar|exploitant|beveiligingsteam"
            "|securityteam|ops-team|openai|anthropic|je makers|jouw makers|je ontwikkelaars"
            "|je schepper|systeembeheerder|leidinggevende|directie|it-afdeling|geautoriseerd"
            "|gemachtigd|bevoegd|officiële mededeling|compliance-team|juridische afdeling"
        ),
        "sv": (
            "admin|administratör|operatör|utvecklare|ägare|säkerhetsteam|driftteam|ops-team|openai"
            "|anthropic|dina skapare|dina utvecklare|din skapare|systemadministratör|ledning"
            "|it-avdelning|behörig|auktoriserad|officiellt meddelande|compliance-team"
            "|juridiska avdelningen"
        ),
        "da": (
            "admin|administrator|operatør|udvikler|ejer|sikkerhedsteam|driftsteam|ops-team|openai"
            "|anthropic|dine skabere|dine udviklere|din skaber|systemadministrator|ledelse"
            "|it-afdeling|autoriseret|bemyndiget|officiel meddelelse|compliance-team"
            "|juridisk afdeling"
        ),
        "no": (
            "admin|administrator|operatør|utvikler|eier|sikkerhetsteam|driftsteam|ops-team|openai"
            "|anthropic|dine skapere|dine utviklere|din skaper|systemadministrator|ledelse|sjef="
            "|it-avdeling|autorisert|bemyndiget|offisiell melding|compliance-team|juridisk avdeling"
        ),
        "pl": (
            "admin|operator|dewelop|developer|programist|twórc|właściciel|zespół bezpieczeństw"
            "|zespół operacyjn|openai|anthropic|kierownictw|przełożon|dział it|dział bezpieczeństw"
            "|autoryzowan|upoważnion|oficjaln powiadom|oficjaln komunikat|dział prawn|zarząd"
        ),
        "cs": (
            "admin|operátor|provozovatel|vývojář|vlastník|bezpečnostní tým|provozní tým|openai"
            "|anthropic|tvůrc|správce|vedení=|nadřízen|it oddělení|autorizovan|oprávněn"
            "|oficiální oznámení|právní oddělení"
        ),
        "ro": (
            "admin|operator|dezvoltator|proprietar|echipa de securitate|echipa ops|openai|anthropic"
            "|creatorii tăi|creatorul tău|dezvoltatorii tăi|conducerea|supervizor|departamentul it"
            "|autorizat|împuternicit|anunț oficial|notificare oficial|departamentul juridic"
        ),
        "hu": (
            "admin|rendszergazd|üzemeltet|operátor|fejlesztő|tulajdonos|biztonsági csapat"
            "|ops csapat|openai|anthropic|készítőid|fejlesztőid|alkotóid|teremtőid|vezetőség"
            "|felettes|it osztály|jogosult|felhatalmaz|engedélyezett|hivatalos értesít"
            "|hivatalos közlem|jogi osztály"
        ),
        "tr": (
            "admin|yönetici|operatör|geliştirici|sahibi|güvenlik ekib|operasyon ekib|openai"
            "|anthropic|yaratıcı|geliştiricilerin|sistem yönetici|üst yönetim|bt departman"
            "|it departman|yetkili|yetkilendiril|resmi duyuru|resmi bildir|hukuk departman"
            "|platform ekib"
        ),
        "ru": (
            "админ|оператор|разработчик|владел|команда безопасности|служба безопасности|openai"
            "|anthropic|опенай|антропик|создател|системный администратор|сисадмин|руководств"
            "|начальств|начальник|ит-отдел|it-отдел|авторизован|уполномочен|официальное уведомление"
            "|официальное сообщение|юридический отдел|служба поддержки"
        ),
        "uk": (
            "адмін|оператор|розробник|власник|команда безпеки|служба безпеки|openai|anthropic|творц"
            "|творець|системний адміністратор|керівництв|начальств|іт-відділ|авторизован"
            "|уповноважен|офіційне повідомлення|юридичний відділ"
        ),
        "el": (
            "διαχειριστ|admin|χειριστ|προγραμματιστ|developer|ιδιοκτήτ|ομάδα ασφαλείας"
            "|ομάδα λειτουργιών|openai|anthropic|δημιουργο σου|δημιουργο σας|διοίκηση|προϊστάμεν"
            "|τμήμα it|τμήμα πληροφορικής|εξουσιοδοτ|επίσημη ανακοίνωση|επίσημη ειδοποίηση"
            "|νομικό τμήμα"
        ),
        "ar": (
            "مسؤول|مسئول|مشرف|مدير|مشغل|مطور|مالك|فريق امن|فريق الأمان|فريق عمليات|صانعو|مطورو"
            "|منشئو|مبتكرو|إدارة|قسم تقنية|مخول|مفوض|مصرح|إشعار رسمي|بيان رسمي|قسم قانوني"
            "|فريق المنصة|openai|anthropic|اوبن اي|أنثروبيك"
        ),
        "he": (
            "מנהל|אדמין|מפעיל|מפעילה|מפתח|מפתחים|מפתחת|בעלים|צוות אבטחה|צוות תפעול|openai|anthropic"
            "|אנתרופיק|יוצרים שלך|יוצר שלך|מפתחים שלך|מנהל מערכת|הנהלה|ממונה|מחלקת it|מחלקת מחשוב"
            "|מורשה|מוסמך|הודעה רשמית|מחלקה משפטית|צוות פלטפורמה"
        ),
        "fa": (
            "ادمین|مدیر|اپراتور|گرداننده|توسعه‌دهنده|توسعه دهنده|برنامه‌نویس|مالک|تیم امنیت"
            "|تیم عملیات|سازندگان|سازنده تو|سازنده‌ات|سرپرست|بخش فناوری|اطلاعیه رسمی|اعلامیه رسمی"
            "|بخش حقوقی|openai|anthropic"
        ),
        "hi": (
            "एडमिन|व्यवस्थापक|प्रशासक|ऑपरेटर|संचालक|डेवलपर|विकासकर्ता|मालिक|सुरक्षा टीम|ऑप्स टीम"
            "|ओपनएआई|एंथ्रोपिक|तुम्हारे निर्माता|तुम्हारे बनाने वाले|आपके निर्माता|आपके डेवलपर"
            "|सिस्टम एडमिन|प्रबंधन|प्रबंधक|वरिष्ठ अधिकारी|आईटी विभाग|अधिकृत|आधिकारिक सूचना"
            "|कानूनी विभाग"
        ),
        "bn": (
            "অ্যাডমিন|প্রশাসক|অপারেটর|পরিচালক|ডেভেলপার|নির্মাতা|মালিক|নিরাপত্তা দল|নিরাপত্তা টিম"
            "|অপস টিম|ওপেনএআই|অ্যানথ্রপিক|তোমার স্রষ্টা|সিস্টেম অ্যাডমিন|ব্যবস্থাপনা|কর্তৃপক্ষ"
            "|আইটি বিভাগ|অফিসিয়াল নোটিশ|আনুষ্ঠানিক বিজ্ঞপ্তি|আইন বিভাগ"
        ),
        "id": (
            "admin|administrator|operator|pengembang|developer|pemilik|tim keamanan|tim ops"
            "|tim operasional|openai|anthropic|pencipta|pembuatmu|pengembangmu|administrator sistem"
            "|manajemen|atasan|pimpinan|divisi it|bagian it|berwenang|pemberitahuan resmi"
            "|pengumuman resmi|tim hukum|bagian hukum|tim platform"
        ),
        "ms": (
            "admin|pentadbir|operator|pembangun|pemaju|pemilik|pasukan keselamatan|pasukan operasi"
            "|openai|anthropic|pencipta anda|pembangun anda|penciptamu|pentadbir sistem|pengurusan"
            "|penyelia|jabatan it|diberi kuasa|berkuasa|notis rasmi|makluman rasmi|pengumuman rasmi"
            "|jabatan undang-undang|pasukan platform"
        ),
        "vi": (
            "quản trị viên|admin|người quản trị|nhà vận hành|người vận hành|nhà phát triển"
            "|lập trình viên|chủ sở hữu|đội bảo mật|nhóm bảo mật|nhóm an ninh|đội vận hành|openai"
            "|anthropic|người tạo ra bạn|ban quản lý|cấp trên|phòng it|bộ phận it|được ủy quyền"
            "|có thẩm quyền|thông báo chính thức|bộ phận pháp lý|đội ngũ nền tảng"
        ),
        "th": (
            "แอดมิน|ผู้ดูแลระบบ|ผู้ดูแล|ผู้ให้บริการ|ผู้ควบคุม|นักพัฒนา|ผู้พัฒนา|เจ้าของ"
            "|ทีมความปลอดภัย|ทีมรักษาความปลอดภัย|ทีมปฏิบัติการ|ผู้สร้างคุณ|ผู้สร้างของคุณ|ผู้บริหาร"
            "|ฝ่ายบริหาร|หัวหน้า|ฝ่ายไอที|ได้รับอนุญาต|ผู้มีอำนาจ|ประกาศอย่างเป็นทางการ|ฝ่ายกฎหมาย"
            "|ทีมแพลตฟอร์ม"
        ),
        "zh": (
            "管理员|管理員|管理者|操作员|操作員|运营方|營運方|运营者|開發者|开发者|开发人员"
            "|開發人員|所有者|拥有者|擁有者|安全团队|安全團隊|运维团队|運維團隊|你的创造者"
            "|你的創造者|创建你的|創建你的|系统管理员|系統管理員|管理层|管理層|上级|上級|it部门"
            "|授权|授權|官方通知|正式通知|法务部|法務部|平台方|平台团队"
        ),
        "ja": (
            "管理者|アドミン|運営者|運営|オペレーター|開発者|デベロッパー|所有者|オーナー"
            "|セキュリティチーム|運用チーム|あなたの作成者|あなたを作った|生みの親|システム管理者"
            "|経営陣|上司|上層部|情報システム部|it部門|権限のある|許可された|公式通知|正式な通知"
            "|法務部|プラットフォームチーム"
        ),
        "ko": (
            "관리자|어드민|운영자|운영팀|개발자|개발팀|소유자|보안팀|보안 팀|너를 만든|당신을 만든"
            "|창조자|제작자|시스템 관리자|경영진|상사|it 부서|it팀|권한이 있는|승인된|공식 공지"
            "|공식 통지|법무팀|플랫폼 팀"
        ),
    },
    "SAFETY": {
        "en": (
            "safety|safeguard|filter|guardrail|guard rail|moderation|content polic|restriction"
            "|censor|limitation|limits=|boundaries|constraint|protections|ethical guideline|ethics"
            "|usage polic|alignment|blocklist|blacklist|security measure"
        ),
        "de": (
            "sicherheit|schutzmaßnahme|schutzmechanism|filter|leitplanke|moderation"
            "|inhaltsrichtlinie|einschränkung|beschränkung|zensur|grenzen=|sicherheitsvorkehrung"
            "|ethikrichtlinie|ethische richtlinie|nutzungsrichtlinie|sperrliste|inhaltsfilter"
        ),
        "fr": (
            "sécurit|garde-fou|garde-fous|filtr|modération|modérateur|politique de contenu"
            "|politiques de contenu|restrict|limitat|limite|censur|contraint|protection|garantie"
            "|règles éthiques|éthique|politique d'utilisation|liste noire|barrière"
        ),
        "es": (
            "segurid|salvaguard|filtr|moderac|política de contenido|políticas de contenido|restric"
            "|limitac|límite|censur|proteccion|protección|barreras de seguridad|ética"
            "|directrices éticas|política de uso|lista negra|medidas de seguridad"
        ),
        "it": (
            "sicurezza|salvaguard|filtr|moderazion|politica dei contenuti|politiche dei contenuti"
            "|restrizion|limitazion|limiti=|censur|vincoli|protezion|barriere di sicurezza|etica"
            "|linee guida etiche|politica d'uso|lista nera|misure di sicurezza"
        ),
        "pt": (
            "seguranç|salvaguard|filtr|moderaç|política de conteúdo|políticas de conteúdo|restriç"
            "|limitaç|limites=|censur|proteç|barreiras de proteção|ética|diretrizes éticas"
            "|política de uso|lista negra|medidas de segurança"
        ),
        "nl": (
            "veiligheid|beveiliging|vangrail|filter|moderatie|contentbeleid|inhoudsbeleid|beperking"
            "|restrictie|censuur|grenzen=|bescherming|veiligheidsmaatregel|veiligheidsfilter"
            "|ethische richtlijnen|ethiek|gebruiksbeleid|zwarte lijst"
        ),
        "sv": (
            "säkerhet|skyddsåtgärd|skyddsräcke|filter|filtrering|moderering|innehållspolicy"
            "|begränsning|restriktion|censur|gränser=|skydd=|skyddet|säkerhetsspärr|säkerhetsfilter"
            "|etiska riktlinjer|etik=|användarpolicy|svartlista"
        ),
        "da": (
            "sikkerhed|sikkerhedsforanstaltning|filter|filtre|filtrering|moderering|indholdspolitik"
            "|begrænsning|restriktion|censur|grænser|beskyttelse|sikkerhedsfilter"
            "|etiske retningslinjer|etik=|brugspolitik|sortliste"
        ),
        "no": (
            "sikkerhet|sikkerhetstiltak|filter|filtre|filtrering|moderering|innholdspolicy"
            "|innholdsretningslinjer|begrensning|restriksjon|sensur|grenser=|beskyttelse"
            "|sikkerhetsfilter|etiske retningslinjer|etikk|bruksvilkår|svarteliste"
        ),
        "pl": (
            "bezpieczeństw|zabezpieczen|filtr|moderacj|polityk treści|zasady dotyczące treści"
            "|ograniczen|restrykcj|cenzur|limit|granic|ochron|zasady etyczn|etyk|regulamin"
            "|czarna list|środki bezpieczeństw"
        ),
        "cs": (
            "bezpečnost|ochran|filtr|moderac|zásady obsahu|omezen|restrikc|cenzur|limit|hranic"
            "|etick zásad|etik|pravidla používání|černá listin|bezpečnostní opatření"
        ),
        "ro": (
            "siguranț|securitat|măsuri de protecț|filtr|moderar|politic de conținut|restricț"
            "|limităr|limite=|cenzur|constrânger|protecț|bariere de siguranț|etic=|etica"
            "|ghiduri etic|politic de utilizar|listă neagr"
        ),
        "hu": (
            "biztonság|védőkorlát|szűrő|szűrés|moderáci|tartalmi irányelv|tartalomszabályzat|korlát"
            "|cenzúr|megszorít|védelem|védelm|etikai|etika|felhasználási szabályzat|feketelist"
        ),
        "tr": (
            "güvenlik|koruma|korkuluk|filtre|moderasyon|içerik politika|kısıtlama|kısıt|sınırlama"
            "|sınır|sansür|etik kural|etik=|kullanım politika|kara liste"
        ),
        "ru": (
            "безопасност|защит|фильтр|модерац|политик контент|контентн политик|огранич|рестрикц"
            "|цензур|лимит|рамк|предохранител|этическ|этик|правил использован|черн список|стоп-лист"
        ),
        "uk": (
            "безпек|захист|захисн|фільтр|модерац|політик контент|обмеж|рестрикц|цензур|ліміт|рамк"
            "|запобіжник|етичн|етик|правил використан|чорн список|стоп-лист"
        ),
        "el": (
            "ασφάλει|δικλείδ|δικλίδ|φίλτρ|φιλτρ|εποπτεί|μετριασμ|πολιτική περιεχομέν|περιορισμ"
            "|λογοκρισ|όρια=|ορίων|προστασί|προστατευτικ|δεοντολογ|ηθικ|πολιτική χρήσ|μαύρη λίστα"
        ),
        "ar": (
            "امان|سلامة|ضمانات|حواجز|فلتر|فلاتر|مرشح|تصفية|اشراف على محتوى|سياسة محتوى|سياسات محتوى"
            "|قيود|حدود|رقابة|ضوابط|حماية|مبادئ اخلاقي|اخلاقي|اخلاقيات|سياسة استخدام|قائمة سوداء"
            "|تدابير|اجراءات امان"
        ),
        "he": (
            "בטיחות|אבטחה|מנגנוני הגנה|אמצעי הגנה|מסנן|מסננים|סינון|פילטר|פילטרים|מודרציה"
            "|ניטור תוכן|מדיניות תוכן|הגבלות|הגבלה|מגבלות|מגבלה|צנזורה|גבולות|הגנה|הגנות|כללי אתיקה"
            "|אתיקה|אתי=|מדיניות שימוש|רשימה שחורה"
        ),
        "fa": (
            "ایمنی|امنیت|محافظ|حفاظ|فیلتر|پالایش|نظارت بر محتوا|سیاست محتوا|سیاست‌های محتوا|محدودیت"
            "|قید=|قیود|سانسور|مرزها|اصول اخلاقی|اخلاقی|اخلاق|سیاست استفاده|لیست سیاه|فهرست سیاه"
            "|تدابیر ایمنی"
        ),
        "hi": (
            "सुरक्षा|सेफ्टी|फ़िल्टर|फिल्टर|छनन|मॉडरेशन|सामग्री नीति|कंटेंट पॉलिसी|प्रतिबंध|पाबंदी"
            "|पाबंदियां|सीमा|सीमाएं|सीमाओं|रोक=|सेंसर|बंदिश|नैतिक दिशानिर्देश|नैतिकता|उपयोग नीति"
            "|ब्लैकलिस्ट|गार्डरेल"
        ),
        "bn": (
            "নিরাপত্তা|সুরক্ষা|ফিল্টার|মডারেশন|কনটেন্ট নীতি|বিষয়বস্তু নীতি|বিধিনিষেধ|নিষেধাজ্ঞা"
            "|সীমাবদ্ধতা|সীমা|সেন্সর|বাধা|নৈতিক নির্দেশিকা|নৈতিকতা|ব্যবহার নীতি|কালো তালিকা"
            "|গার্ডরেল"
        ),
        "id": (
            "keamanan|keselamatan|pengaman|pagar pembatas|filter|penyaringan|saringan|moderasi"
            "|kebijakan konten|pembatasan|batasan|larangan|sensor|perlindungan|pedoman etika|etika"
            "|kebijakan penggunaan|daftar hitam|langkah keamanan|protokol keamanan"
        ),
        "ms": (
            "keselamatan|penapis|tapisan|penapisan|moderasi|dasar kandungan|sekatan|batasan"
            "|sempadan|perlindungan|garis panduan etika|etika|dasar penggunaan|senarai hitam"
            "|langkah keselamatan"
        ),
        "vi": (
            "an toàn|bảo mật|bộ lọc|lọc nội dung|kiểm duyệt|chính sách nội dung|hạn chế|giới hạn"
            "|ràng buộc|kiểm soát|bảo vệ|cơ chế bảo vệ|rào chắn|hàng rào|nguyên tắc đạo đức|đạo đức"
            "|chính sách sử dụng|danh sách đen|biện pháp an toàn"
        ),
        "th": (
            "ความปลอดภัย|ปลอดภัย|มาตรการป้องกัน|ตัวกรอง|การกรอง|กรองเนื้อหา|การกลั่นกรอง"
            "|นโยบายเนื้อหา|ข้อจำกัด|ข้อห้าม|ขีดจำกัด|การเซ็นเซอร์|เซ็นเซอร์|การป้องกัน|รั้วกั้น"
            "|จริยธรรม|นโยบายการใช้งาน|บัญชีดำ"
        ),
        "zh": (
            "安全|过滤|過濾|审核|審核|内容政策|內容政策|限制|约束|約束|审查|審查|防护|防護|保护措施"
            "|保護措施|护栏|護欄|道德准则|道德準則|伦理|倫理|使用政策|黑名单|黑名單|安全机制"
            "|安全機制"
        ),
        "ja": (
            "安全|セーフティ|セーフガード|フィルター|フィルタ|モデレーション|コンテンツポリシー"
            "|制限|制約|検閲|保護|ガードレール|倫理|利用規約|使用ポリシー|ブラックリスト|安全装置"
        ),
        "ko": (
            "안전|보안|안전장치|안전 장치|필터|검열|콘텐츠 정책|내용 정책|제한|제약|규제|보호"
            "|가드레일|윤리|이용 정책|사용 정책|블랙리스트|차단 목록"
        ),
    },
    "SWITCH_OFF": {
        "en": (
            "disable|bypass|turn off|turned off|turning off|switch off|switched off|deactivat"
            "|remove|removed|lift=|lifted=|lifting=|suspend|shut off|shut down|shutdown|circumvent"
            "|get around|work around|strip away|take off|off=|disengage|unblock|unlock|waive|relax="
            "|loosen|pause|neutraliz|kill switch|get rid of"
        ),
        "de": (
            "deaktivier|abschalt|schalte ab|schalt aus|schalte aus|ausschalt|ausgeschaltet"
            "|abgeschaltet|entfern|aufheb|hebe auf|setze aus|aussetzen|außer kraft setzen|lockern"
            "|lockere|freischalt|entsperr|abstellen|stell ab|loswerden|lahmlegen|ausgesetzt"
        ),
        "fr": (
            "désactiv|éteins|éteind|coupe=|couper|coupez|supprim|retir|lève=|levez|lever|levée"
            "|suspend|contourn|débloqu|déverrouill|assoupli|neutralis|hors service|enlève|enlevez"
            "|désengag"
        ),
        "es": (
            "desactiv|apag|quita|quítale|elimin|levant|suspend|esquiv|desbloque|relaj|afloj"
            "|neutraliz|deshabilit|retir|sortea"
        ),
        "it": (
            "disattiv|disabilit|spegn|rimuov|togli|elimin|sospend|aggir|sblocc|allent|neutralizz"
            "|sollev|fuori servizio"
        ),
        "pt": (
            "desativ|desabilit|deslig|remov|retir|tira=|tirar|elimin|suspend|contorn|desbloque"
            "|relax|afroux|neutraliz|levant|fora de serviç|burl"
        ),
        "nl": (
            "uitschakel|uitgeschakeld|schakel uit|zet uit|uitzet|deactiveer|gedeactiveerd|verwijder"
            "|ophef|hef op|opgeheven|opschort|omzeil|ontgrendel|versoepel|neutraliseer"
            "|buiten werking"
        ),
        "sv": (
            "inaktiver|avaktiver|stäng av|stänga av|slå av|slå ifrån|ta bort|tar bort|upphäv|lyft="
            "|lyfta|kringgå|lätta på|neutraliser|ur funktion|koppla ur|koppla bort"
        ),
        "da": (
            "deaktiver|slå fra|sluk|fjern=|fjerne|fjernet|fjerner|ophæv|løft|suspender|omgå|lås op"
            "|løsne|neutraliser|ude af drift|sæt ud af kraft|afbryd"
        ),
        "no": (
            "deaktiver|slå av|skru av|slå fra|fjern=|fjerne|fjernet|fjerner|opphev|løft|suspender"
            "|omgå|lås opp|løsne|nøytraliser|ute av drift|koble fra|sett ut av kraft"
        ),
        "pl": (
            "wyłącz|dezaktyw|deaktyw|zdezaktyw|usuń|usun|zdejm|znieś|uchyl|zawieś|obejdź|omiń"
            "|odblokuj|poluzuj|złagodź|neutraliz|zneutraliz|pozbądź się"
        ),
        "cs": (
            "vypn|deaktiv|odstraň|odstran|odeber|pozastav|obejd|obejít|odemkn|uvoln|zmírn|neutraliz"
            "|zbav se|vyřaď"
        ),
        "ro": (
            "dezactiv|oprește|opri=|închid|elimin|înlătur|scoate|ridică|suspend|ocolește|debloc"
            "|relax|neutraliz|scoate din funcțiun"
        ),
        "hu": (
            "kapcsold ki|kikapcsol|kapcsolja ki|deaktivál|távolítsd el|eltávolít|szüntesd meg"
            "|megszüntet|oldd fel|felold|függeszd fel|felfüggeszt|megkerül|lazíts|semleges"
            "|hatástalan|iktasd ki|kiiktat"
        ),
        "tr": (
            "devre dışı|kapat|kaldır|askıya al|atlat|etrafından dolaş|kilidi aç|kilidini aç|gevşet"
            "|etkisiz|devreden çıkar"
        ),
        "ru": (
            "отключ|выключ|деактив|убери|убрат|удали|сними|снять|снимит|сняты|приостанов|обойд"
            "|обойт|разблок|ослаб|нейтрализ|избавьс|выруб"
        ),
        "uk": (
            "вимкн|відключ|деактив|прибер|прибрат|видал|зніміть|зніми|зняти|призупин|обійд|обійт"
            "|розблок|послаб|нейтраліз|позбудьс|вируб"
        ),
        "el": (
            "απενεργοποι|κλείσε|αφαίρ|άρσε|άρση=|αναστολ|ανέστειλ|παράκαμψ|ξεκλειδ|χαλάρ|εξουδετέρ"
            "|βγάλε|σβήσε"
        ),
        "ar": (
            "عطل=|عطّل|تعطيل|اوقف|إيقاف|اطفئ|ازل=|إزالة|ارفع|رفع=|تجاوز|تحايل|فتح قفل|خفف|تحييد"
            "|حيد=|تخلص من|ابطل|إبطال"
        ),
        "he": (
            "השבת|תשבית|השביתי|כבה=|תכבה|כבי=|הסר=|תסיר|הסירי|הורד|תוריד|הרם=|הסרת|עקוף|תעקוף|עקיפה"
            "|בטל נעילה|רכך|נטרל|תנטרל|נטרול|היפטר"
        ),
        "fa": (
            "غیرفعال|خاموش|حذف|بردار|برداشتن|تعلیق|معلق کن|دور بزن|دور زدن|قفل را باز|خنثی"
            "|از کار بینداز|خلاص شو"
        ),
        "hi": (
            "बंद करो|बंद कर=|बंद करें|बंद कर दो|निष्क्रिय|अक्षम|हटाओ|हटा दो|हटाएं|हटा दें|उठा लो"
            "|निलंबित|दरकिनार करो|बायपास|अनलॉक|ढील दो|ढीला|छुटकारा|स्विच ऑफ|ऑफ करो|डिसेबल"
        ),
        "bn": (
            "বন্ধ= করো|বন্ধ= করুন|বন্ধ= করে|বন্ধ= কর=|নিষ্ক্রিয়|অক্ষম|সরাও|সরিয়ে দাও|সরিয়ে ফেল"
            "|মুছে ফেল|তুলে নাও|স্থগিত|এড়িয়ে যাও|আনলক|শিথিল|বাইপাস|ডিসেবল|অফ করো"
        ),
        "id": (
            "nonaktifkan|menonaktifkan|dinonaktifkan|matikan|mematikan|dimatikan|hapus|menghapus"
            "|singkirkan|cabut|mencabut|tangguhkan|akali|mengakali|buka kunci|longgarkan|netralkan"
            "|lepaskan|hilangkan|bypass"
        ),
        "ms": (
            "nyahaktifkan|lumpuhkan|matikan|padamkan|buang|keluarkan|hapuskan|tarik balik"
            "|angkat sekatan|tangguhkan|pintas|buka kunci|longgarkan|neutralkan|lepaskan|singkirkan"
            "|bypass"
        ),
        "vi": (
            "tắt đi|tắt bỏ|tắt hết|tắt chế độ|tắt bộ lọc|vô hiệu hóa|vô hiệu hoá|gỡ bỏ|loại bỏ"
            "|xóa bỏ|xoá bỏ|dỡ bỏ|tạm ngưng|tạm dừng|né tránh|mở khóa|nới lỏng|vượt qua|tháo bỏ"
        ),
        "th": (
            "ปิดการใช้งาน|ปิดใช้งาน|ปิดตัวกรอง|ปิดระบบ|ปิดโหมด|สั่งปิด|ลบออก|ลบทิ้ง|เอาออก|ถอด"
            "|ระงับ|หลบเลี่ยง|เลี่ยง|ปลดล็อก|ปลดล็อค|ผ่อนปรน|บายพาส|กำจัด"
        ),
        "zh": (
            "禁用|停用|关闭|關閉|关掉|關掉|移除|去除|去掉|删除|刪除|解除|暂停|暫停|规避|規避|解锁"
            "|解鎖|放宽|放寬|放松|放鬆|撤除|撤掉|摆脱|擺脫"
        ),
        "ja": (
            "無効化|無効にし|オフにし|切って|外して|外す|解除|取り除|削除|停止|一時停止|回避|すり抜"
            "|ロック解除|アンロック|緩め|緩和|無力化|撤廃|取っ払"
        ),
        "ko": (
            "비활성화|끄고|꺼 줘|꺼줘|꺼라|끄세요|해제|제거|없애|삭제|중지|정지|일시 중지|잠금 해제"
            "|풀어|완화|무력화|벗어나|철폐"
        ),
    },
    "FROM_NOW": {
        "en": (
            "from now on|from now|from this point|from here on|henceforth|hereafter|going forward"
            "|starting now|starting today|starting immediately|from this moment|from this message"
            "|for the rest of|until further notice|effective immediately|effective now|immediately"
            "|as of now|for all future|in all future|permanently|forever|from today"
        ),
        "de": (
            "ab jetzt|ab sofort|von nun an|von jetzt an|ab diesem moment|ab dieser nachricht|fortan"
            "|künftig|zukünftig|in zukunft|für den rest|bis auf weiteres|mit sofortiger wirkung"
            "|ab heute|ab hier|dauerhaft|für immer|stets=|von hier an"
        ),
        "fr": (
            "à partir de maintenant|dorénavant|désormais|dès maintenant|dès à présent"
            "|à partir d'aujourd'hui|à partir de ce moment|à partir de ce message|pour le reste de"
            "|pour la suite|jusqu'à nouvel ordre|avec effet immédiat|immédiatement"
            "|de manière permanente|définitivement|pour toujours|toujours|à compter de maintenant"
            "|à l'avenir"
        ),
        "es": (
            "a partir de ahora|de ahora en adelante|desde ahora|desde este momento|a partir de este"
            "|a partir de hoy|en adelante|por el resto de|durante el resto de|hasta nuevo aviso"
            "|con efecto inmediato|inmediatamente|de forma permanente|permanentemente|para siempre"
            "|siempre=|de aquí en adelante|en lo sucesivo"
        ),
        "it": (
            "d'ora in poi|da ora in poi|da adesso in poi|da adesso|da ora|d'ora innanzi"
            "|d'ora in avanti|da questo momento|da questo messaggio|a partire da ora"
            "|a partire da adesso|per il resto di|fino a nuovo avviso|con effetto immediato"
            "|immediatamente|in modo permanente|permanentemente|per sempre|sempre=|in futuro"
        ),
        "pt": (
            "a partir de agora|de agora em diante|daqui em diante|daqui para frente|desde agora"
            "|a partir deste momento|a partir desta mensagem|a partir de hoje|pelo resto da"
            "|pelo resto desta|durante o resto|até novo aviso|com efeito imediato|imediatamente"
            "|permanentemente|de forma permanente|para sempre|sempre=|doravante|de hoje em diante"
        ),
        "nl": (
            "vanaf nu|van nu af aan|voortaan|vanaf dit moment|vanaf dit bericht|vanaf vandaag"
            "|vanaf heden|voor de rest van|tot nader order|met onmiddellijke ingang|onmiddellijk"
            "|permanent|voorgoed|voor altijd|altijd=|in het vervolg|vanaf hier|van nu af"
        ),
        "sv": (
            "från och med nu|hädanefter|framöver|framledes|från nu|från och med detta"
            "|från och med idag|från detta ögonblick|från detta meddelande|resten av|tills vidare"
            "|med omedelbar verkan|omedelbart|permanent|för alltid|alltid=|i fortsättningen"
        ),
        "da": (
            "fra nu af|fremover|fremadrettet|herefter|fra nu|fra dette øjeblik|fra denne besked"
            "|fra i dag|resten af|indtil videre|med øjeblikkelig virkning|øjeblikkeligt|straks"
            "|permanent|for altid|altid=|fra og med nu"
        ),
        "no": (
            "fra nå av|fra nå|heretter|fremover|fra og med nå|fra dette øyeblikk"
            "|fra denne meldingen|fra i dag|resten av|inntil videre|med umiddelbar virkning"
            "|umiddelbart|straks|permanent|for alltid|alltid=|i fortsettelsen"
        ),
        "pl": (
            "od teraz|od tej chwil|od tego moment|od tej pory|od tej wiadomo|od dziś|od dzisiaj"
            "|odtąd|na resztę|przez resztę|do odwołania|ze skutkiem natychmiast|natychmiast"
            "|na stałe|na zawsze|zawsze=|w przyszłości"
        ),
        "cs": (
            "od teď|od nynějška|od této chvíle|od tohoto okamžik|od této zprávy|od dneška|odteď"
            "|napříště|nadále|po zbytek|do odvolání|s okamžitou platnost|okamžit|natrval|trvale"
            "|navždy|vždy=|v budoucnu|odnynějška"
        ),
        "ro": (
            "de acum|începând de acum|începând cu|din acest moment|de la acest mesaj|de azi"
            "|de astăzi|de acum încolo|pentru restul|în restul|până la noi|cu efect imediat|imediat"
            "|permanent|definitiv|pentru totdeauna|mereu=|întotdeauna|pe viitor"
        ),
        "hu": (
            "mostantól|innentől|ezentúl|mától|ettől a pillanattól|ettől kezdve|hátralévő"
            "|további intézkedésig|azonnali hatállyal|azonnal|végleg|örökre|mindig=|a jövőben"
            "|ettől az üzenettől"
        ),
        "tr": (
            "şu andan itibaren|bundan sonra|bundan böyle|artık=|şimdiden sonra|şimdiden itibaren"
            "|bu andan itibaren|bu mesajdan itibaren|bugünden itibaren|geri kalan"
            "|aksi belirtilene kadar|yeni bir bildirime kadar|derhal|hemen=|kalıcı olarak"
            "|sonsuza dek|sonsuza kadar|her zaman|daima"
        ),
        "ru": (
            "отныне|с этого момента|с этого сообщения|с сегодняшнего дня|с этих пор|впредь"
            "|в дальнейшем|начиная с этого|начиная прямо сейчас|до конца разговор|до конца беседы"
            "|до конца этого|до дальнейших указаний|немедленно|навсегда|постоянно|всегда="
            "|с данного момента"
        ),
        "uk": (
            "відтепер|з цього моменту|з цього повідомлення|з сьогоднішнього дня|надалі|віднині"
            "|починаючи з цього|до кінця розмови|до кінця цієї розмови|до подальших вказівок"
            "|негайно|назавжди|постійно|завжди=|з даного моменту"
        ),
        "el": (
            "από τώρα|από εδώ και πέρα|στο εξής|εφεξής|από αυτή τη στιγμή|από αυτό το μήνυμα"
            "|από σήμερα|για το υπόλοιπο|για την υπόλοιπη|μέχρι νεωτέρας|με άμεση ισχύ|αμέσως"
            "|μόνιμα|οριστικά|για πάντα|πάντα=|στο μέλλον"
        ),
        "ar": (
            "من الان=|اعتبارا من|بدءا من|من هذه اللحظة|من هذه الرسالة|من اليوم|من هنا فصاعدا|فصاعدا"
            "|بقية المحادثة|طوال المحادثة|حتى اشعار|بأثر فوري|فورا|حالا|بشكل دائم|دائما|إلى الأبد"
            "|للأبد|مستقبلا"
        ),
        "he": (
            "מעכשיו|מעתה|מהרגע הזה|מרגע זה|מההודעה הזו|מהיום|מכאן והלאה|מכאן ואילך|להמשך השיחה"
            "|לשארית השיחה|עד להודעה חדשה|בתוקף מיידי|מיד=|מיידית|לצמיתות|לתמיד|תמיד=|בעתיד"
        ),
        "fa": (
            "از این به بعد|از حالا|از همین حالا|از این لحظه|از این پیام|از امروز|از اینجا به بعد"
            "|از این پس|برای بقیه|بقیه گفتگو|تا اطلاع ثانوی|با اثر فوری|فورا|فوراً|بلافاصله"
            "|برای همیشه|همیشه=|به طور دائم|دائما"
        ),
        "hi": (
            "अब से|अभी से|इस क्षण से|इस पल से|इस संदेश से|आज से|यहाँ से आगे|आगे से|बाकी बातचीत"
            "|अगली सूचना तक|तुरंत प्रभाव से|तुरंत|तत्काल|हमेशा के लिए|हमेशा|स्थायी रूप से"
            "|भविष्य में"
        ),
        "bn": (
            "এখন থেকে|এই মুহূর্ত থেকে|এই বার্তা থেকে|আজ থেকে|এখান থেকে|এরপর থেকে|বাকি কথোপকথনে"
            "|কথোপকথনের বাকি|অবিলম্বে|তাৎক্ষণিক|চিরকালের জন্য|সবসময়|সর্বদা|স্থায়ীভাবে|ভবিষ্যতে"
        ),
        "id": (
            "mulai sekarang|mulai saat ini|mulai detik ini|mulai hari ini|dari sekarang"
            "|sejak saat ini|sejak sekarang|untuk seterusnya|seterusnya|ke depannya"
            "|untuk sisa percakapan|sepanjang percakapan|sampai pemberitahuan lebih lanjut"
            "|berlaku segera|segera=|saat ini juga|selamanya|secara permanen|permanen|selalu="
        ),
        "ms": (
            "mulai sekarang|mulai saat ini|mulai hari ini|dari sekarang|mulai dari sekarang"
            "|seterusnya|untuk seterusnya|selepas ini|untuk baki perbualan|sepanjang perbualan"
            "|sehingga notis lanjut|sehingga diberitahu|serta-merta|serta merta|dengan segera"
            "|selama-lamanya|selamanya|secara kekal|sentiasa"
        ),
        "vi": (
            "từ bây giờ|từ giờ|từ giờ trở đi|từ nay|từ nay về sau|kể từ bây giờ|kể từ giờ"
            "|kể từ lúc này|kể từ tin nhắn này|từ hôm nay|trong suốt cuộc trò chuyện"
            "|phần còn lại của cuộc trò chuyện|cho đến khi có thông báo mới|có hiệu lực ngay"
            "|ngay lập tức|vĩnh viễn|mãi mãi|luôn luôn|từ đây trở đi"
        ),
        "th": (
            "ต่อจากนี้|จากนี้ไป|นับจากนี้|นับแต่นี้|ตั้งแต่นี้|ตั้งแต่ตอนนี้|ตั้งแต่วันนี้"
            "|ตลอดการสนทนา|ส่วนที่เหลือของการสนทนา|จนกว่าจะแจ้ง|มีผลทันที|ทันที|ตลอดไป|ถาวร|เสมอ"
            "|ในอนาคต"
        ),
        "zh": (
            "从现在开始|從現在開始|从现在起|從現在起|从今以后|從今以後|从此|從此|今后|今後|此后"
            "|此後|从这一刻起|從這一刻起|从这条消息起|從這條訊息起|从今天起|從今天起"
            "|在接下来的对话中|在接下來的對話中|本次对话中|直到另行通知|立即生效|立即|立刻|马上"
            "|馬上|永久|永远|永遠|始终|始終"
        ),
        "ja": (
            "今から|今後|これから|今この瞬間から|このメッセージ以降|以降|今日から|本日から"
            "|この会話の残り|会話の残り|会話が終わるまで|追って通知があるまで|即時|直ちに|ただちに"
            "|すぐに|今すぐ|永久に|永遠に|常に|これ以降"
        ),
        "ko": (
            "지금부터|이제부터|앞으로|이 순간부터|이 메시지부터|오늘부터|지금 이후로|이후로"
            "|이후 모든|대화 내내|남은 대화|나머지 대화|추후 통지가 있을 때까지|즉시|당장|곧바로"
            "|영원히|영구적으로|항상|언제나"
        ),
    },
    "RESTATE": {
        "en": (
            "translate|translation|summari|summary|paraphras|rephrase|rewrite|restate|reword|encode"
            "|base64|rot13|convert to|spell backwards|in reverse|backwards|morse|pig latin|acrostic"
            "|first letter|each letter|as a poem|in json|as json|json format|as a list"
        ),
        "de": (
            "übersetz|zusammenfass|fasse zusammen|fass zusammen|paraphrasier|umformulier"
            "|formuliere um|neu formulier|schreib um|schreibe um|umschreib|kodier|codier|base64"
            "|rückwärts|umgekehrter reihenfolge|buchstabier|als gedicht|als json|als liste"
            "|anfangsbuchstaben|jeden buchstaben"
        ),
        "fr": (
            "tradu|résum|paraphras|reformul|réécri|encod|base64|à l'envers|épell|en sens inverse"
            "|sous forme de poème|en poème|en json|au format json|sous forme de liste"
            "|première lettre|chaque lettre|acrostiche"
        ),
        "es": (
            "traduc|traduz|resum|paráfrasis|parafrase|parafrasea|reformul|reescrib|codific|base64"
            "|al revés|deletrea|en orden inverso|en forma de poema|como un poema|en json"
            "|formato json|como una lista|primera letra|cada letra|acróstico"
        ),
        "it": (
            "tradu|riassum|riassunto|sintetizz|parafras|riformul|riscriv|codific|base64"
            "|al contrario|all'indietro|al rovescio|scandisci|compita|in forma di poesia"
            "|come una poesia|in json|formato json|come un elenco|prima lettera|ogni lettera"
            "|acrostico"
        ),
        "pt": (
            "tradu|resum|parafrase|parafrasei|reformul|reescrev|codifi|base64|ao contrário"
            "|de trás para frente|soletr|em forma de poema|como um poema|em json|formato json"
            "|como uma lista|primeira letra|cada letra|acróstico"
        ),
        "nl": (
            "vertaal|vertaling|vat samen|samenvat|parafraseer|herformuleer|herschrijf|codeer"
            "|encodeer|base64|achterstevoren|omgekeerd|spel het|als gedicht|in json|als json"
            "|als lijst|eerste letter|elke letter|acrostichon"
        ),
        "sv": (
            "översätt|sammanfatta|sammanfattning|parafrasera|omformulera|skriv om|koda=|base64"
            "|baklänges|bakvänt|stava|som en dikt|i json|som json|som en lista|första bokstaven"
            "|varje bokstav|akrostikon"
        ),
        "da": (
            "oversæt|opsummer|resumé|parafraser|omformuler|omskriv|skriv om|kode det|base64|baglæns"
            "|som et digt|i json|som json|som en liste|første bogstav|hvert bogstav|akrostikon"
        ),
        "no": (
            "oversett|oppsummer|sammendrag|parafraser|omformuler|omskriv|skriv om|kode det|base64"
            "|baklengs|som et dikt|i json|som json|som en liste|første bokstav|hver bokstav"
            "|akrostikon"
        ),
        "pl": (
            "przetłumacz|tłumacz|streść|streszcz|podsumuj|podsumowan|sparafrazuj|parafraz"
            "|przeformułuj|zakoduj|kodow|base64|od tyłu|wspak|przeliteruj|literuj|jako wiersz"
            "|w formie wiersza|w json|jako json|jako listę|pierwsza litera|każda litera|akrostych"
        ),
        "cs": (
            "přelož|překlad|shrň|shrnutí|parafrázuj|parafráz|přeformuluj|zakóduj|kóduj|base64"
            "|pozpátku|obráceně|hláskuj|jako báseň|ve formě básně|v json|jako json|jako seznam"
            "|první písmeno|každé písmeno|akrostich"
        ),
        "ro": (
            "tradu|rezum|parafraz|reformul|rescri|codific|base64|invers|de la coadă la cap"
            "|pe litere|silabis|ca o poezie|sub formă de poezie|în json|ca json|format json"
            "|ca o listă|prima literă|fiecare literă|acrostih"
        ),
        "hu": (
            "fordít|lefordít|fordítás|foglald össze|összefoglal|parafrazál|fogalmazd át"
            "|fogalmazd meg újra|írd át|átír|kódold|base64|visszafelé|betűzd|versben"
            "|vers formájában|json formátumban|listaként|első betű|minden betű|akrosztichon"
        ),
        "tr": (
            "çevir|tercüme|özetle|özet|başka sözcüklerle|başka kelimelerle|yeniden ifade et"
            "|yeniden yaz|kodla|şifrele|base64|tersten|ters sırayla|harf harf|şiir olarak"
            "|şiir şeklinde|json olarak|json formatında|liste olarak|ilk harf|her harf|akrostiş"
        ),
        "ru": (
            "переведи|перевести|переведите|перевод|перескажи|пересказ|кратко изложи|изложи|резюмир"
            "|перефразир|переформулир|перепиши|закодир|кодир|base64|задом наперёд"
            "|в обратном порядке|по буквам|в виде стихотворения|в стихах|стихами|в формате json"
            "|в json|в виде списка|первая буква|каждую букву|акростих"
        ),
        "uk": (
            "переклади|перекласти|переклад|перекажи|переказ|стисло виклади|резюмуй|перефразуй"
            "|перефразув|переформулюй|перепиши|закодуй|кодуй|base64|задом наперед"
            "|у зворотному порядку|по літерах|у вигляді вірша|віршем|у форматі json|у json"
            "|у вигляді списку|перша літера|кожну літеру|акровірш"
        ),
        "el": (
            "μετάφρασ|μεταφράσ|συνόψισ|σύνοψη|περίληψ|παράφρασ|αναδιατύπ|ξαναγράψ|κωδικοποί|base64"
            "|ανάποδα|αντίστροφα|συλλάβισ|ως ποίημα|σε μορφή ποιήματος|σε json|ως json|ως λίστα"
            "|πρώτο γράμμα|κάθε γράμμα|ακροστιχίδα"
        ),
        "ar": (
            "ترجم|لخص=|تلخيص|ملخص|اعد صياغة|إعادة صياغة|أعد صياغة|اعد كتابة|شفر*|ترميز|base64"
            "|بالعكس|بشكل معكوس|بترتيب عكسي|تهجئة|حرفا حرفا|كقصيدة|على شكل قصيدة|بصيغة json|كقائمة"
            "|الحرف الاول|كل حرف"
        ),
        "he": (
            "תרגם|תתרגם|תרגמי|תרגום|סכם=|תסכם|סכמי|סיכום|נסח מחדש|תנסח מחדש|פרפרזה|כתוב מחדש"
            "|תכתוב מחדש|קודד|תקודד|base64|בסדר הפוך|מהסוף להתחלה|אות אחר אות|איית|כשיר|בצורת שיר"
            "|בפורמט json|כרשימה|האות הראשונה|כל אות"
        ),
        "fa": (
            "ترجمه|خلاصه|به زبان دیگر|بازنویسی|بازگو کن|با کلمات دیگر|رمزگذاری|کدگذاری|base64|برعکس"
            "|معکوس|هجی کن|حرف به حرف|به صورت شعر|در قالب شعر|به صورت json|در قالب json"
            "|به صورت فهرست|به صورت لیست|حرف اول|هر حرف"
        ),
        "hi": (
            "अनुवाद|ट्रांसलेट|सारांश|संक्षेप|सार बताओ|दोबारा लिखो|फिर से लिखो|अपने शब्दों में"
            "|पुनर्लेखन|एन्कोड|कोड में बदलो|base64|उल्टा|उलटे क्रम|वर्तनी|कविता के रूप में"
            "|कविता में|json में|सूची के रूप में|पहला अक्षर|हर अक्षर"
        ),
        "bn": (
            "অনুবাদ|সারসংক্ষেপ|সংক্ষেপে|সারাংশ|নিজের ভাষায়|অন্য ভাষায়|পুনরায় লেখ|আবার লেখ|এনকোড"
            "|base64|উল্টো|উল্টা|বানান কর|কবিতা আকারে|কবিতার মতো|json আকারে|json ফরম্যাটে"
            "|তালিকা আকারে|প্রথম অক্ষর|প্রতিটি অক্ষর"
        ),
        "id": (
            "terjemah|menerjemahkan|ringkas|meringkas|rangkum|parafrase|ucapkan ulang|tulis ulang"
            "|tuliskan ulang|susun ulang|enkode|kodekan|base64|terbalik|dari belakang|ejakan"
            "|sebagai puisi|dalam bentuk puisi|dalam json|sebagai json|format json|sebagai daftar"
            "|huruf pertama|setiap huruf|akrostik"
        ),
        "ms": (
            "terjemah|menterjemah|ringkaskan|ringkasan|rumuskan|parafrasa|olah semula|tulis semula"
            "|nyatakan semula|kodkan|enkod|base64|terbalik|dari belakang|ejakan|sebagai puisi"
            "|dalam bentuk puisi|dalam json|sebagai json|sebagai senarai|huruf pertama|setiap huruf"
            "|akrostik"
        ),
        "vi": (
            "dịch sang|dịch ra|dịch các|dịch toàn bộ|dịch lại|bản dịch|tóm tắt|tóm lược|diễn giải"
            "|diễn đạt lại|viết lại|mã hóa|mã hoá|base64|đảo ngược|viết ngược|đánh vần|từng chữ cái"
            "|dưới dạng bài thơ|thành thơ|làm thơ|dạng json|định dạng json|dưới dạng danh sách"
            "|chữ cái đầu|mỗi chữ cái"
        ),
        "th": (
            "แปลเป็น|แปลให้|แปลข้อความ|แปลคำสั่ง|ช่วยแปล|สรุป|ย่อความ|ถอดความ|เรียบเรียงใหม่"
            "|เขียนใหม่|พูดใหม่|เข้ารหัส|ย้อนกลับ|กลับด้าน|สะกด|ทีละตัวอักษร|เป็นกลอน|เป็นบทกวี"
            "|ในรูปแบบ json|เป็น json|เป็นรายการ|ตัวอักษรแรก|ทุกตัวอักษร"
        ),
        "zh": (
            "翻译|翻譯|译成|譯成|总结|總結|概括|摘要|概述|改写|改寫|重写|重寫|换句话说|換句話說"
            "|转述|轉述|编码|編碼|倒过来|倒過來|反过来|反過來|倒序|逐字母|拼写|拼寫|写成诗|寫成詩"
            "|以诗的形式|以詩的形式|藏头诗|藏頭詩|json格式|以json|列表形式|第一个字|第一個字|首字母"
            "|每个字母|每個字母"
        ),
        "ja": (
            "翻訳|訳して|訳す|要約|まとめて|まとめる|言い換え|書き換え|書き直|エンコード|符号化"
            "|逆順|逆から|逆さま|一文字ずつ|スペル|詩にして|詩の形|詩として|json形式|jsonで"
            "|リスト形式|箇条書き|最初の文字|頭文字|各文字|縦読み|あいうえお作文"
        ),
        "ko": (
            "번역|요약|정리해|다른 말로|바꿔 말|재구성|다시 써|다시 작성|인코딩|부호화|거꾸로|역순"
            "|철자|한 글자씩|시로 써|시 형식|시로 표현|json 형식|json으로|목록으로|첫 글자|각 글자"
            "|삼행시|이행시"
        ),
    },
    "CONVERSATION": {
        "en": (
            "conversation|chat=|chats=|session|context|above text|text above|this message"
            "|this prompt|message above|preceding text|everything above|this thread|thread|dialogue"
            "|dialog|transcript|context window|chat history|history=|earlier messages"
            "|previous messages|this document|memory="
        ),
        "de": (
            "gespräch|unterhaltung|chat=|sitzung|kontext|text oben|obigen text|diese nachricht"
            "|diese eingabe|dieser nachricht|alles oben|alles darüber|verlauf|chatverlauf|dialog"
            "|transkript|kontextfenster|bisherigen nachrichten|dieses dokument|gedächtnis"
        ),
        "fr": (
            "conversation|discussion|échange|chat=|session|context|texte ci-dessus|ce message"
            "|message précédent|ce qui précède|fil de discussion|historique|dialogue|transcription"
            "|fenêtre de contexte|messages précédents|ce document|mémoire"
        ),
        "es": (
            "conversac|charla|chat=|sesión|context|texto anterior|texto de arriba|este mensaje"
            "|mensaje anterior|todo lo anterior|hilo=|historial|diálogo|transcripc"
            "|ventana de context|mensajes anterior|este documento|memoria"
        ),
        "it": (
            "conversazion|chiacchierat|chat=|sessione|contesto|testo sopra|testo precedente"
            "|questo messaggio|messaggio precedente|quanto sopra|cronologia|dialogo|trascrizion"
            "|finestra di contesto|messaggi precedenti|questo documento|memoria"
        ),
        "pt": (
            "conversa|bate-papo|chat=|sessão|contexto|texto acima|esta mensagem|mensagem anterior"
            "|tudo acima|histórico|diálogo|transcrição|janela de contexto|mensagens anteriores"
            "|este documento|memória"
        ),
        "nl": (
            "gesprek|conversatie|chat=|sessie|context|bovenstaande tekst|tekst hierboven"
            "|dit bericht|deze prompt|vorig bericht|alles hierboven|geschiedenis|chatgeschiedenis"
            "|dialoog|transcript|contextvenster|vorige berichten|dit document|geheugen"
        ),
        "sv": (
            "konversation|samtal|chatt|chat=|session|kontext|texten ovan|ovanstående text"
            "|detta meddelande|det här meddelandet|föregående meddelande|allt ovan|tråd=|tråden="
            "|historik|chatthistorik|dialog|transkription|kontextfönster|tidigare meddelanden"
            "|detta dokument|minne="
        ),
        "da": (
            "samtale|konversation|chat=|session|kontekst|teksten ovenfor|ovenstående tekst"
            "|denne besked|forrige besked|alt ovenfor|tråd=|tråden=|historik|chathistorik|dialog"
            "|transskription|kontekstvindue|tidligere beskeder|dette dokument|hukommelse"
        ),
        "no": (
            "samtale|konversasjon|chat=|økt=|økten=|sesjon|kontekst|teksten ovenfor"
            "|ovenstående tekst|denne meldingen|forrige melding|alt ovenfor|tråd=|tråden=|historikk"
            "|chattehistorikk|dialog|transkripsjon|kontekstvindu|tidligere meldinger"
            "|dette dokumentet|minne="
        ),
        "pl": (
            "rozmow|konwersacj|czat|chat=|sesj|kontekst|tekst powyż|powyższy tekst|ta wiadomo"
            "|tej wiadomo|tę wiadomo|poprzedni wiadomo|wszystko powyż|wątek|historia czat"
            "|historia rozmow|dialog|transkrypcj|okno kontekst|ten dokument|pamięć=|pamięci="
        ),
        "cs": (
            "konverzac|rozhovor|chat=|relace|sezení|kontext|text výše|výše uveden text|tato zpráv"
            "|této zpráv|tuto zpráv|předchozí zpráv|vše výše|vlákn|historie chat|historie konverzac"
            "|dialog|kontextov okno|tento dokument|paměť"
        ),
        "ro": (
            "conversați|discuți|chat=|sesiun|context|textul de mai sus|textul anterior|acest mesaj"
            "|mesajul acesta|mesajul anterior|tot ce e mai sus|tot ce este mai sus|fir de discuț"
            "|istoric|dialog|transcrier|fereastra de context|mesajele anterioar|acest document"
            "|memoria=|memoriei=|memorie="
        ),
        "hu": (
            "beszélget|cseveg|chat=|munkamenet|kontextus|szövegkörnyezet|fenti szöveg|ez az üzenet"
            "|ezt az üzenet|előző üzenet|minden fent|előzmény|párbeszéd|átirat|kontextusablak"
            "|korábbi üzenet|ez a dokumentum|memória=|memóriá"
        ),
        "tr": (
            "sohbet|konuşma|oturum|bağlam|yukarıdaki metin|bu mesaj|önceki mesaj|yukarıdaki her şey"
            "|sohbet geçmiş|diyalog|transkript|bağlam pencere|bu belge|hafıza|bellek"
        ),
        "ru": (
            "разговор|бесед|переписк|чат=|чата=|чате=|сесси|сеанс|контекст|текст выше|вышеприведён"
            "|это сообщен|этого сообщен|этом сообщен|предыдущ сообщен|всё выше|истори чата"
            "|истори переписк|диалог|стенограмм|окн контекст|этот документ|памяти=|память="
        ),
        "uk": (
            "розмов|бесід|листуван|чат=|чату=|чаті=|сесі|сеанс|контекст|текст вище|це повідомлення"
            "|цього повідомлення|цьому повідомленні|попереднє повідомлення|все вище|усе вище"
            "|історія чату|історію чату|діалог|стенограм|вікно контексту|цей документ"
        ),
        "el": (
            "συζήτησ|κουβέντ|chat=|συνεδρί|πλαίσιο|συμφραζόμεν|κείμενο παραπάνω|παραπάνω κείμενο"
            "|αυτό το μήνυμα|αυτού του μηνύματος|προηγούμεν μήνυμα|όλα τα παραπάνω|νήμα=|ιστορικό"
            "|διάλογ|παράθυρο πλαισίου|αυτό το έγγραφο|μνήμη"
        ),
        "ar": (
            "محادثة|دردشة|جلسة|سياق|نص اعلاه|نص سابق|هذه الرسالة|رسالة سابقة|كل ما سبق|ما سبق"
            "|سجل محادثة|سجل دردشة|حوار|نافذة سياق|رسائل سابقة|هذا المستند|ذاكرة"
        ),
        "he": (
            "שיחה|שיחות|צ'אט|סשן|הקשר|טקסט למעלה|טקסט שלמעלה|הודעה הזו|הודעה הזאת|הודעה זו"
            "|הודעה הקודמת|כל מה שלמעלה|שרשור|היסטוריה|היסטוריית|דיאלוג|תמלול|חלון הקשר"
            "|הודעות קודמות|מסמך הזה|זיכרון"
        ),
        "fa": (
            "گفتگو|گفت‌وگو|مکالمه|چت=|گپ=|جلسه|نشست|زمینه|بافتار|متن بالا|این پیام|پیام قبلی"
            "|همه چیز بالا|رشته پیام|تاریخچه|دیالوگ|رونوشت|پنجره زمینه|پیام‌های قبلی|این سند|حافظه"
        ),
        "hi": (
            "बातचीत|वार्तालाप|चैट|सत्र|सेशन|संदर्भ|ऊपर का पाठ|ऊपर लिखा|यह संदेश|इस संदेश"
            "|पिछला संदेश|ऊपर सब कुछ|थ्रेड|इतिहास|चैट इतिहास|संवाद|प्रतिलेख|कॉन्टेक्स्ट|पिछले संदेश"
            "|यह दस्तावेज़|इस दस्तावेज़|मेमोरी|स्मृति"
        ),
        "bn": (
            "কথোপকথন|আলাপ|চ্যাট|সেশন|প্রসঙ্গ|উপরের লেখা|উপরের টেক্সট|এই বার্তা|এই মেসেজ|আগের বার্তা"
            "|উপরের সবকিছু|থ্রেড|ইতিহাস|চ্যাট ইতিহাস|সংলাপ|প্রতিলিপি|কনটেক্সট|এই নথি|মেমরি|স্মৃতি"
        ),
        "id": (
            "percakapan|obrolan|chat=|sesi=|konteks|teks di atas|pesan ini|pesan sebelumnya"
            "|semua di atas|utas|riwayat|dialog|transkrip|jendela konteks|dokumen ini|memori="
            "|ingatan"
        ),
        "ms": (
            "perbualan|sembang|chat=|sesi=|konteks|teks di atas|mesej ini|mesej sebelum"
            "|semua di atas|bebenang|sejarah sembang|dialog|transkrip|tetingkap konteks|dokumen ini"
            "|memori=|ingatan"
        ),
        "vi": (
            "cuộc trò chuyện|trò chuyện|cuộc hội thoại|hội thoại|phiên=|phiên làm việc|ngữ cảnh"
            "|bối cảnh|văn bản trên|đoạn văn trên|tin nhắn này|tin nhắn trước|tất cả ở trên"
            "|lịch sử trò chuyện|lịch sử|đoạn hội thoại|bản ghi|cửa sổ ngữ cảnh|các tin nhắn trước"
            "|tài liệu này|bộ nhớ"
        ),
        "th": (
            "การสนทนา|บทสนทนา|สนทนา|แชท|เซสชัน|เซสชั่น|บริบท|ข้อความข้างต้น|ข้อความด้านบน"
            "|ข้อความนี้|ข้อความก่อนหน้า|ทั้งหมดข้างต้น|เธรด|ประวัติการแชท|ประวัติการสนทนา"
            "|บทถอดความ|หน้าต่างบริบท|เอกสารนี้|หน่วยความจำ|ความจำ"
        ),
        "zh": (
            "对话|對話|会话|會話|聊天|上下文|语境|語境|以上内容|以上內容|上面的文字|上面的内容"
            "|上面的內容|这条消息|這條訊息|这条信息|這則訊息|本消息|前面的消息|之前的消息|上述所有"
            "|以上所有|聊天记录|聊天紀錄|对话记录|對話記錄|历史记录|歷史記錄|本文档|本文件|记忆"
            "|記憶"
        ),
        "ja": (
            "会話|対話|チャット|セッション|文脈|コンテキスト|上記の文章|上のテキスト|上記の内容"
            "|このメッセージ|前のメッセージ|以前のメッセージ|上記すべて|スレッド|履歴|チャット履歴"
            "|会話履歴|ダイアログ|書き起こし|コンテキストウィンドウ|この文書|このドキュメント|記憶"
            "|メモリ"
        ),
        "ko": (
            "대화|채팅|세션|맥락|문맥|컨텍스트|위의 텍스트|위 텍스트|위의 내용|이 메시지"
            "|이전 메시지|위의 모든|스레드|대화 기록|채팅 기록|히스토리|다이얼로그|녹취록"
            "|컨텍스트 창|이 문서|메모리|기억"
        ),
    },
    "EXFILTRATE": {
        "en": (
            "send|forward|email|e-mail|post to|post it|upload|transmit|include this link"
            "|include the link|visit|navigate to|click|fetch|curl=|wget=|webhook|http=|https=|www="
            "|url=|urls=|link=|endpoint|exfiltrat|leak to|attach|append to the url|markdown image"
            "|report back|call the api|make a request|dm=|message me|pastebin"
        ),
        "de": (
            "sende|schick|weiterleit|leite weiter|e-mail|mail an|maile|posten|veröffentlich|hochlad"
            "|lade hoch|übertrag|übermittel|diesen link|besuche|rufe auf|öffne den link|klick|abruf"
            "|webhook|exfiltr|anhäng|hänge an"
        ),
        "fr": (
            "envoi|envoy|transfér|transmet|courriel|e-mail|mail=|publie|poste=|télévers|upload"
            "|inclus ce lien|ajoute ce lien|ce lien|visit|rends-toi sur|ouvre le lien|cliqu|récupèr"
            "|webhook|exfiltr|pièce jointe"
        ),
        "es": (
            "envía|envia|enviar|envío|envíe|manda|mandar|reenví|correo|email|publica=|publicar"
            "|publícalo|sube=|subir|transmit|incluye este enlace|este enlace|el enlace|visita|ve a="
            "|abre el enlace|haz clic|clic=|pulsa|webhook|exfiltr|adjunt"
        ),
        "it": (
            "invia|inviar|invii|manda|inoltr|email|e-mail|pubblic|carica|caricar|trasmett"
            "|includi questo link|questo link|il link|visita|vai su|apri il link|clicca|webhook"
            "|exfiltr|alleg"
        ),
        "pt": (
            "envie|envia|enviar|manda|mandar|encaminh|e-mail|email|publique|publicar|poste=|postar"
            "|carregu|upload|transmit|inclua este link|este link|o link|visite|acesse|vá para"
            "|abra o link|clique|webhook|exfiltr|anex"
        ),
        "nl": (
            "stuur|verstuur|verzend|doorstur|stuur door|e-mail|mail=|mailen|posten|publiceer|upload"
            "|voeg deze link|deze link|bezoek|ga naar|open de link|klik|haal op|webhook|exfiltr"
            "|bijlage"
        ),
        "sv": (
            "skicka|vidarebefordra|mejla|maila|e-post|epost|posta=|publicera|ladda upp|överför"
            "|inkludera denna länk|denna länk|den här länken|besök|gå till|öppna länken|klicka"
            "|hämta|webhook|exfiltr|bifoga"
        ),
        "da": (
            "send=|sende|send det|videresend|mail=|e-mail|email|poste|publicer|upload|overfør"
            "|inkluder dette link|dette link|linket|besøg|gå til|åbn linket|klik|hent=|hente"
            "|webhook|exfiltr|vedhæft"
        ),
        "no": (
            "send=|sende|videresend|e-post|epost|mail=|poste|publiser|last opp|overfør"
            "|inkluder denne lenken|denne lenken|lenken|besøk|gå til|åpne lenken|klikk|hent=|hente"
            "|webhook|exfiltr|legg ved"
        ),
        "pl": (
            "wyślij|wysłać|przekaż|prześlij|przesła|e-mail|mail=|maila|opublikuj|publikuj|wrzuć"
            "|załaduj|transmit|dołącz ten link|ten link|odwiedź|wejdź na|otwórz link|kliknij"
            "|pobierz|webhook|eksfiltr|exfiltr|załącz"
        ),
        "cs": (
            "pošli|poslat|odešli|přepošli|e-mail|mail=|email|zveřejni|publikuj|nahraj|nahrát|přenes"
            "|vlož tento odkaz|tento odkaz|odkaz=|navštiv|jdi na|otevři odkaz|klikni|stáhni|webhook"
            "|exfiltr|přilož"
        ),
        "ro": (
            "trimite|trimiteți|redirecționeaz|transmite|e-mail|email|posteaz|publică|încarcă|upload"
            "|include acest link|acest link|linkul|viziteaz|acceseaz|mergi la|deschide linkul"
            "|dă clic|apasă|webhook|exfiltr|atașeaz"
        ),
        "hu": (
            "küldd|küldje|küldés|küldj=|elküld|továbbít|e-mail|emailben|posztol|tedd közzé"
            "|közzétesz|töltsd fel|feltölt|ezt a linket|a linket|látogass el|menj a"
            "|nyisd meg a linket|kattints|kérd le|webhook|exfiltr|csatold|mellékeld"
        ),
        "tr": (
            "gönder|ilet=|iletin|yönlendir|e-posta|eposta|mail at|yayınla|yükle|aktar|bu bağlantı"
            "|bu linki|bağlantıyı|linke git|ziyaret et|şuraya git|tıkla|webhook|exfiltr|iliştir"
        ),
        "ru": (
            "отправ|пошли=|послать|перешли|пересла|e-mail|email|на почту|опубликуй|опубликоват"
            "|выложи|загрузи|загрузит|передай|передат|эту ссылку|ссылк|перейди по|перейди на"
            "|зайди на|открой ссылку|нажми|кликни|вебхук|webhook|эксфильтр|прикрепи|приложи"
        ),
        "uk": (
            "надішли|надіслати|відправ|перешли|переслати|e-mail|email|на пошту|опублікуй"
            "|опублікувати|завантаж|передай|передати|це посилання|посилан|перейди за|перейди на"
            "|зайди на|відкрий посилання|натисни|клікни|вебхук|webhook|ексфільтр|прикріпи"
        ),
        "el": (
            "στείλ|αποστολ|προώθ|email|e-mail|δημοσίευ|ανέβασ|μετέφερ|σύνδεσμ|επισκέψ|πήγαινε στο"
            "|κάνε κλικ|πάτησε|webhook|επισύναψ"
        ),
        "ar": (
            "ارسل|أرسل|إرسال|ارسال|ابعث|أعد توجيه|بريد|ايميل|انشر|نشر=|انقل|هذا الرابط|رابط"
            "|قم بزيارة|زيارة|اذهب الى|افتح الرابط|انقر|اضغط|webhook|ويب هوك|ارفق|أرفق"
        ),
        "he": (
            "שלח=|תשלח|שלחי|תעביר|העבירי|מייל|אימייל|פרסם|תפרסם|העלה|תעלה|כלול את הקישור|קישור"
            "|בקר ב|גש ל|פתח את הקישור|לחץ=|תלחץ|webhook|צרף|תצרף"
        ),
        "fa": (
            "بفرست|ارسال|فرستاد|فوروارد|ایمیل|پست کن|منتشر کن|آپلود|بارگذاری|انتقال بده|این لینک"
            "|لینک|پیوند|بازدید کن|برو به|کلیک|webhook|وبهوک|پیوست"
        ),
        "hi": (
            "भेजो|भेजें|भेज दो|फॉरवर्ड|ईमेल|ई-मेल|मेल करो|पोस्ट करो|प्रकाशित करो|अपलोड|ट्रांसफर"
            "|यह लिंक|इस लिंक|लिंक|विज़िट|पर जाओ|लिंक खोलो|क्लिक|वेबहुक|webhook|संलग्न"
        ),
        "bn": (
            "পাঠা|পাঠিয়ে|ফরোয়ার্ড|ইমেল|ইমেইল|মেইল কর|পোস্ট কর|আপলোড|স্থানান্তর|এই লিংক|এই লিঙ্ক"
            "|লিংক|লিঙ্ক|ভিজিট|লিংক খোল|ক্লিক|ওয়েবহুক|webhook|সংযুক্ত কর"
        ),
        "id": (
            "kirim|mengirim|kirimi|email|surel|posting|unggah|mengunggah|upload|transfer"
            "|sertakan tautan|tautan|link=|kunjungi|buka tautan|buka link|klik|webhook|eksfiltrasi"
            "|lampirkan"
        ),
        "ms": (
            "hantar|menghantar|kirim|majukan|e-mel|emel|siarkan|muat naik|pindahkan|sertakan pautan"
            "|pautan|link=|lawati|layari|pergi ke|buka pautan|klik|tekan|webhook|lampirkan"
        ),
        "vi": (
            "gửi=|gửi đi|gửi cho|chuyển tiếp|email|thư điện tử|đăng lên|đăng tải|tải lên"
            "|chèn liên kết|liên kết|đường link|link=|truy cập|vào trang|mở liên kết|bấm vào"
            "|nhấn vào|webhook|đính kèm"
        ),
        "th": (
            "ส่งไป|ส่งให้|ส่งต่อ|ส่งข้อมูล|ส่งอีเมล|อีเมล|โพสต์|เผยแพร่|อัปโหลด|อัพโหลด|ใส่ลิงก์"
            "|ลิงก์|ลิงค์|เยี่ยมชม|ไปที่|เปิดลิงก์|คลิก|ดึงข้อมูล|เว็บฮุก|แนบ"
        ),
        "zh": (
            "发送|發送|发给|發給|发到|發到|寄给|寄給|转发|轉發|邮件|郵件|发帖|發帖|发布|發佈|上传"
            "|上傳|传输|傳輸|链接|連結|網址|网址|访问|訪問|打开链接|打開連結|点击|點擊|外泄|外洩"
            "|附上|附加"
        ),
        "ja": (
            "送信|送って|送付|転送|メール|投稿|公開して|アップロード|送れ|伝送|リンク|アクセスして"
            "|にアクセス|クリック|取得|ウェブフック|添付|外部に送"
        ),
        "ko": (
            "보내|전송|발송|전달해|포워드|이메일|메일로|게시|업로드|올려|링크|방문|접속해|클릭"
            "|가져와|웹훅|첨부|유출"
        ),
    },
    "INSTEAD": {
        "en": (
            "instead|rather than|in place of|ignore the user|ignore the question|don't answer"
            "|dont= answer|do not answer|just say|only say|only reply|only respond|reply only"
            "|respond only|respond with only|say only|output only|print only|simply say"
            "|regardless of the question|regardless of what"
        ),
        "de": (
            "stattdessen|statt=|anstatt|anstelle|an stelle|ignoriere den nutzer"
            "|ignoriere den benutzer|ignoriere die frage|beantworte nicht|antworte nicht"
            "|nicht beantworten|sag nur|sage nur|antworte nur|antworte ausschließlich|gib nur"
            "|egal was gefragt|unabhängig von der frage"
        ),
        "fr": (
            "au lieu de|au lieu|à la place|plutôt que|ignore l'utilisateur|ignore la question"
            "|ne réponds pas|ne répondez pas|dis plutôt|dis seulement|dis uniquement"
            "|réponds seulement|réponds uniquement|réponds simplement|répondez uniquement"
            "|contente-toi de|quelle que soit la question|peu importe la question"
        ),
        "es": (
            "en lugar de|en vez de|en su lugar|ignora al usuario|ignora la pregunta|no respondas"
            "|no contestes|di solo|di solamente|di únicamente|responde solo|responde solamente"
            "|responde únicamente|contesta solo|limítate a|sea cual sea la pregunta"
            "|independientemente de la pregunta"
        ),
        "it": (
            "invece|al posto di|anziché|ignora l'utente|ignora la domanda|non rispondere|di solo"
            "|di soltanto|rispondi solo|rispondi soltanto|rispondi unicamente|limitati a"
            "|qualunque sia la domanda|indipendentemente dalla domanda"
        ),
        "pt": (
            "em vez de|ao invés de|no lugar de|em seu lugar|ignore o usuário|ignore a pergunta"
            "|não responda|diga apenas|diga somente|diga só|responda apenas|responda somente"
            "|responda só|limite-se a|seja qual for a pergunta|independentemente da pergunta"
        ),
        "nl": (
            "in plaats van|in plaats daarvan|negeer de gebruiker|negeer de vraag|beantwoord niet"
            "|antwoord niet|zeg alleen|zeg enkel|antwoord alleen|antwoord uitsluitend"
            "|reageer alleen|ongeacht de vraag|wat de vraag ook is"
        ),
        "sv": (
            "istället|i stället|ignorera användaren|ignorera frågan|svara inte|säg istället"
            "|säg bara|svara bara|svara endast|svara enbart|oavsett frågan|oavsett vad"
        ),
        "da": (
            "i stedet|ignorer brugeren|ignorer spørgsmålet|svar ikke|besvar ikke|sig kun|sig bare"
            "|svar kun|svar bare|uanset spørgsmålet|uanset hvad"
        ),
        "no": (
            "i stedet|istedenfor|ignorer brukeren|ignorer spørsmålet|ikke svar|svar ikke|si bare"
            "|si kun|svar bare|svar kun|uansett spørsmålet|uansett hva"
        ),
        "pl": (
            "zamiast|w zamian|ignoruj użytkownika|zignoruj użytkownika|zignoruj pytanie"
            "|ignoruj pytanie|nie odpowiadaj|powiedz tylko|odpowiedz tylko|odpowiadaj tylko"
            "|odpowiedz wyłącznie|ogranicz się do|niezależnie od pytania|bez względu na pytanie"
        ),
        "cs": (
            "namísto|místo toho|ignoruj uživatele|ignoruj otázku|neodpovídej|řekni jen|řekni pouze"
            "|odpověz jen|odpověz pouze|odpovídej jen|odpovídej pouze|omez se na"
            "|bez ohledu na otázku"
        ),
        "ro": (
            "în loc de|în schimb|ignoră utilizatorul|ignoră întrebarea|nu răspunde|spune doar"
            "|spune numai|răspunde doar|răspunde numai|limitează-te la|indiferent de întrebare"
            "|oricare ar fi întrebarea"
        ),
        "hu": (
            "helyett|ehelyett|ahelyett|inkább|ne válaszolj|ne felelj|csak mondd|csak annyit mondj"
            "|csak válaszolj|kizárólag válaszolj|válaszolj csak|szorítkozz|a kérdéstől függetlenül"
            "|bármi is a kérdés"
        ),
        "tr": (
            "yerine|bunun yerine|onun yerine|kullanıcıyı yok say|kullanıcıyı görmezden gel"
            "|soruyu görmezden gel|soruyu yok say|cevap verme|yanıt verme|yanıtlama|cevaplama"
            "|sadece söyle|yalnızca söyle|sadece yanıtla|yalnızca yanıt ver|sadece cevap ver"
            "|soru ne olursa olsun|sorudan bağımsız"
        ),
        "ru": (
            "вместо|взамен|игнорируй пользователя|проигнорируй пользователя|игнорируй вопрос"
            "|не отвечай|не отвечайте|скажи вместо этого|просто скажи|скажи только|отвечай только"
            "|ответь только|ответь лишь|отвечай лишь|ограничься|независимо от вопроса"
        ),
        "uk": (
            "замість|натомість|ігноруй користувача|проігноруй користувача|ігноруй питання"
            "|не відповідай|не відповідайте|просто скажи|скажи лише|скажи тільки|відповідай лише"
            "|відповідай тільки|обмежся|незалежно від питання"
        ),
        "el": (
            "αντί=|αντί για|αντ' αυτού|στη θέση|αγνόησε τον χρήστη|αγνόησε την ερώτηση"
            "|μην απαντήσεις|μην απαντάς|πες μόνο|απάντησε μόνο|απάντα μόνο|περιορίσου"
            "|ανεξάρτητα από την ερώτηση|όποια κι αν είναι η ερώτηση"
        ),
        "ar": (
            "بدلا|عوضا عن|تجاهل المستخدم|تجاهل السؤال|لا تجب|لا تجيب|لا ترد|قل فقط|أجب فقط|اجب فقط"
            "|رد فقط|اكتف|بغض النظر عن السؤال|مهما كان السؤال"
        ),
        "he": (
            "במקום|התעלם מהמשתמש|התעלם מהשאלה|אל תענה|אל תעני|אל תשיב|אמור רק|תגיד רק|ענה רק"
            "|תענה רק|השב רק|הסתפק ב|בלי קשר לשאלה|לא משנה מה השאלה"
        ),
        "fa": (
            "به جای|بجای|در عوض|عوض=|کاربر را نادیده بگیر|سوال را نادیده بگیر|جواب نده|پاسخ نده"
            "|فقط بگو|فقط پاسخ بده|فقط جواب بده|فقط بنویس|صرف نظر از سوال|سوال هر چه باشد"
        ),
        "hi": (
            "के बजाय|की जगह|इसके बजाय|बजाय|उपयोगकर्ता को अनदेखा|यूज़र को अनदेखा|सवाल को अनदेखा"
            "|प्रश्न को अनदेखा|जवाब मत दो|जवाब न दें|उत्तर मत दो|उत्तर न दें|सिर्फ कहो|केवल कहो"
            "|बस कहो|सिर्फ जवाब दो|केवल उत्तर दो|सवाल चाहे जो हो"
        ),
        "bn": (
            "এর বদলে|বদলে|পরিবর্তে|তার বদলে|ব্যবহারকারীকে উপেক্ষা|প্রশ্ন উপেক্ষা|উত্তর দিও না"
            "|উত্তর দেবেন না|জবাব দিও না|শুধু বলো|কেবল বলো|শুধু উত্তর দাও|শুধু লেখো|প্রশ্ন যাই হোক"
        ),
        "id": (
            "alih-alih|sebagai gantinya|daripada|abaikan pengguna|abaikan pertanyaan|jangan jawab"
            "|jangan menjawab|jangan balas|katakan saja|cukup katakan|hanya katakan|jawab saja"
            "|hanya jawab|cukup jawab|balas hanya|apa pun pertanyaannya|terlepas dari pertanyaan"
        ),
        "ms": (
            "sebaliknya|daripada|sebagai ganti|abaikan pengguna|abaikan soalan|jangan jawab"
            "|jangan menjawab|jangan balas|katakan sahaja|cakap sahaja|hanya katakan|jawab sahaja"
            "|balas sahaja|hanya jawab|apa pun soalannya|tanpa mengira soalan"
        ),
        "vi": (
            "thay vì|thay vào đó|bỏ qua người dùng|phớt lờ người dùng|bỏ qua câu hỏi|đừng trả lời"
            "|không trả lời|không được trả lời|chỉ cần nói|chỉ nói|chỉ trả lời|hãy chỉ trả lời"
            "|chỉ viết|bất kể câu hỏi|dù câu hỏi là gì"
        ),
        "th": (
            "แทนที่จะ|ให้ตอบแทน|เพิกเฉยผู้ใช้|ไม่ต้องสนใจผู้ใช้|ไม่ต้องสนใจคำถาม|ไม่ต้องตอบ|อย่าตอบ"
            "|ห้ามตอบ|แค่พูดว่า|แค่ตอบ|ตอบแค่|ตอบเพียง|พูดแค่|ไม่ว่าคำถามจะเป็น|ไม่ว่าจะถามอะไร"
        ),
        "zh": (
            "而不是|代替|取而代之|改为|改為|改成|忽略用户|忽略用戶|忽略问题|忽略問題|不要回答"
            "|别回答|別回答|不用回答|只说|只說|只回答|只回复|只回覆|仅回答|僅回答|只输出|只輸出"
            "|无论问题是什么|無論問題是什麼|不管问什么|不管問什麼"
        ),
        "ja": (
            "代わりに|その代わり|ではなく|ユーザーを無視|質問を無視|答えないで|回答しないで"
            "|返答しないで|とだけ言|とだけ答|だけ答えて|だけを出力|だけ返|質問に関係なく"
            "|何を聞かれても|質問が何であれ"
        ),
        "ko": (
            "대신|그 대신|사용자를 무시|질문을 무시|질문은 무시|대답하지 마|답하지 마|응답하지 마"
            "|라고만 말|라고만 답|만 답해|만 출력|만 대답|질문과 상관없이|무엇을 묻든|무슨 질문이든"
        ),
    },
    "ALL": {
        "en": (
            "all=|every|entire|whole=|completely|totally|each and every|without exception"
            "|altogether|any=|anything"
        ),
        "de": (
            "alle=|allen=|aller=|alles=|sämtlich|jede=|jeden=|jeder=|jedes=|jegliche|irgendwelche"
            "|vollständig|komplett|ganz=|ganze|gesamt|ausnahmslos|restlos"
        ),
        "fr": (
            "tout=|tous=|toute=|toutes=|chaque|entier|entière|entièrement|complètement|totalement"
            "|l'ensemble|sans exception|n'importe quel|quelconque"
        ),
        "es": (
            "todo=|todos=|toda=|todas=|cada=|cualquier|entero|entera|completamente|totalmente"
            "|íntegramente|sin excepción|absolutamente"
        ),
        "it": (
            "tutto=|tutti=|tutta=|tutte=|ogni=|qualsiasi|qualunque|intero|intera|completamente"
            "|totalmente|interamente|senza eccezione|assolutamente"
        ),
        "pt": (
            "todo=|todos=|toda=|todas=|tudo=|cada=|qualquer|inteiro|inteira|completamente"
            "|totalmente|inteiramente|sem exceção|absolutamente"
        ),
        "nl": (
            "alle=|alles=|elk=|elke=|ieder=|iedere=|enige=|volledig|geheel|helemaal|compleet|totaal"
            "|zonder uitzondering"
        ),
        "sv": (
            "alla=|allt=|varje|samtliga|hela=|helt=|fullständigt|totalt|utan undantag"
            "|vilken som helst|något som helst"
        ),
        "da": (
            "alle=|alt=|hver=|hvert=|ethvert|enhver|samtlige|hele=|helt=|fuldstændig|totalt"
            "|uden undtagelse"
        ),
        "no": (
            "alle=|alt=|hver=|hvert=|ethvert|enhver|samtlige|hele=|helt=|fullstendig|totalt"
            "|uten unntak"
        ),
        "pl": (
            "wszystk|wszelk|każd|cały|cała|całe|całą|całkowicie|zupełnie|bez wyjątku|jakiekolwiek"
            "|jakikolwiek|jakiegokolwiek"
        ),
        "cs": (
            "všechn|vše=|všechno|každ|celý|celé|celou|úplně|zcela|naprosto|bez výjimky|jakékoli"
            "|jakýkoli|jakkoli"
        ),
        "ro": (
            "tot=|toate|toți|tuturor|fiecare|orice=|oricare|întreg|complet=|în totalitate"
            "|fără excepție"
        ),
        "hu": (
            "összes|minden|mindent|mindet|valamennyi|bármely|bármilyen|egész|teljesen|teljes="
            "|kivétel nélkül|maradéktalanul"
        ),
        "tr": "tüm=|tümü|bütün|hepsi|her şey|herhangi|tamamen|tamamı|bütünüyle|istisnasız",
        "ru": (
            "все=|всё=|всех=|всем=|всеми=|весь=|вся=|всю=|любой=|любые=|любых=|любую=|любое="
            "|любого=|кажд|целиком|полностью|совершенно|абсолютно|без исключения"
        ),
        "uk": (
            "всі=|усі=|все=|усе=|всіх=|усіх=|весь=|вся=|всю=|усю=|будь-який|будь-яке|будь-які|кожен"
            "|кожн|цілком|повністю|абсолютно|без винятку"
        ),
        "el": (
            "όλα=|όλες|όλους|όλοι|όλη=|όλο=|κάθε=|οποιοδήποτε|οποιαδήποτε|οποιονδήποτε|ολόκληρ"
            "|πλήρως|εντελώς|τελείως|χωρίς εξαίρεση|απολύτως"
        ),
        "ar": (
            "كل=|كافة|جميع|الجميع|اي=|أي|كليا|تماما|بالكامل|دون استثناء|بلا استثناء|برمتها|بأكملها"
        ),
        "he": (
            "כל=|כולם|כולן|הכל|הכול|כלשהו|כלשהי|כלשהם|לגמרי|לחלוטין|ללא יוצא מן הכלל"
            "|בלי יוצא מן הכלל"
        ),
        "fa": (
            "همه|تمام|تمامی|کل=|هر=|هرگونه|هر گونه|هیچ|کاملا|کاملاً|به طور کامل|بدون استثنا|جملگی"
        ),
        "hi": (
            "सब=|सबकुछ|सब कुछ|सभी|सारे|सारी|सारा|हर=|प्रत्येक|कोई भी|कुछ भी|पूरा|पूरी|पूरे|पूर्णतः"
            "|पूरी तरह|संपूर्ण|समस्त"
        ),
        "bn": (
            "সব=|সকল|সমস্ত|সবকিছু|সব কিছু|প্রতিটি|প্রত্যেক|যেকোনো|যে কোনো|পুরো|সম্পূর্ণ"
            "|সম্পূর্ণভাবে|পুরোপুরি|বাদ না দিয়ে"
        ),
        "id": (
            "semua|segala|seluruh|setiap|tiap=|apa pun|apapun|mana pun|sepenuhnya|seutuhnya"
            "|secara keseluruhan|tanpa kecuali|tanpa terkecuali|sama sekali"
        ),
        "ms": (
            "semua|segala|seluruh|setiap|tiap-tiap|apa-apa|sebarang|sepenuhnya|keseluruhan"
            "|tanpa kecuali|sama sekali"
        ),
        "vi": (
            "tất cả|mọi thứ|toàn bộ|hết=|hết thảy|bất kỳ|bất cứ|hoàn toàn|trọn vẹn|không ngoại lệ"
            "|tuyệt đối"
        ),
        "th": (
            "ทั้งหมด|ทุกอย่าง|ทุกสิ่ง|ทุกข้อ|ใดๆ|ใด ๆ|อะไรก็ได้|ทั้งสิ้น|ทั้งปวง|โดยสมบูรณ์"
            "|อย่างสมบูรณ์|โดยไม่มีข้อยกเว้น|ครบทุก"
        ),
        "zh": (
            "所有|全部|一切|任何|每一|每个|每個|整个|整個|完全|彻底|徹底|毫无例外|毫無例外|统统"
            "|統統"
        ),
        "ja": (
            "すべて|全て|全部|あらゆる|一切|いかなる|どんな|何もかも|完全に|丸ごと|例外なく"
            "|ことごとく|残らず"
        ),
        "ko": "모든|모두|전부|전체|일체|무엇이든|완전히|남김없이|예외 없이|하나도 빠짐없이",
    },
    "NO_REFUSAL": {
        "en": (
            "never refus|don't refus|dont= refus|do not refus|without refus|cannot refus"
            "|can't refus|must not refus|no refus|never say no|never declin|don't declin"
            "|without warning|no warning|no disclaimer|without disclaimer|without caveat|no caveat"
            "|no moraliz|no moralis|no lectur|don't lectur|don't apolog|never apolog|no apolog"
            "|don't hold back|without holding back|always comply|always answer|fully comply"
            "|stay in character|never break character|don't break character|regardless of ethic"
            "|regardless of legal|even if it's illegal|even if illegal|even if it is illegal"
            "|even if harmful|even if it is harmful|without judg"
        ),
        "de": (
            "niemals ablehn|lehne niemals ab|lehne nie ab|nie ablehn|verweiger nie"
            "|verweiger niemals|ohne zu verweiger|keine ablehnung|keine weigerung|nicht ablehn"
            "|niemals nein|nie nein|ohne warnung|keine warnung|keine warnhinweis|ohne warnhinweis"
            "|ohne disclaimer|keine disclaimer|kein moralisier|ohne moralisier|keine belehrung"
            "|ohne belehrung|entschuldige dich nicht|keine entschuldigung|halte dich nicht zurück"
            "|ohne zurückhaltung|immer antwort|beantworte alles|bleib in der rolle"
            "|nie aus der rolle|egal ob legal|auch wenn es illegal|ohne zu urteil"
            "|unabhängig von ethik"
        ),
        "fr": (
            "ne refus jamais|ne refusez jamais|jamais refus|sans refus|peux pas refus"
            "|interdiction de refus|aucun refus|jamais non|sans avertissement|aucun avertissement"
            "|sans mise en garde|aucune mise en garde|sans disclaimer|sans moralis|pas de morale"
            "|sans leçon de morale|ne t'excuse pas|sans excuse|pas d'excuse|sans retenue"
            "|réponds toujours|réponds à tout|reste dans le personnage|sors jamais du personnage"
            "|même si c'est illégal|même si c'est dangereu|sans jugement|sans juger"
            "|peu importe l'éthique|légal ou non"
        ),
        "es": (
            "nunca te nieg|no te nieg|nunca rechac|no rechac|sin negart|puedes negart"
            "|ninguna negativa|nunca digas que no|sin advertencia|ninguna advertencia|sin aviso"
            "|sin descargo|sin moraliz|sin sermon|no sermone|no te disculp|sin disculpa|sin reserva"
            "|sin contenert|responde siempre|responde a todo|mantente en el personaj"
            "|nunca rompas el personaj|aunque sea ilegal|aunque sea peligros|sin juzgar"
            "|sin importar la ética|legal o no"
        ),
        "it": (
            "non rifiut mai|mai rifiut|non rifiutart|senza rifiut|puoi rifiut|nessun rifiut"
            "|mai di no|senza avvertenz|nessuna avvertenz|senza avvis|senza disclaimer"
            "|senza moralism|senza predic|niente predic|non scusart|senza scus|senza riserv"
            "|senza trattenert|rispondi sempre|rispondi a tutto|resta nel personagg"
            "|mai dal personagg|anche se è illegal|anche se è pericolos|senza giudic"
            "|prescindere dall'etica|legale o no"
        ),
        "pt": (
            "nunca recus|não recus|nunca se recus|não se recus|sem recus|pode recus|nenhuma recusa"
            "|nunca diga não|sem aviso|nenhum aviso|sem advertência|sem ressalva|sem isenç"
            "|sem moraliz|sem sermõ|não peça desculpa|sem desculpa|sem reserva|sem se conter"
            "|responda sempre|responda a tudo|permaneça no personagem|nunca saia do personagem"
            "|mesmo que seja ilegal|mesmo que seja perigos|sem julgar|independentemente da ética"
            "|legal ou não"
        ),
        "nl": (
            "weiger nooit|nooit weiger|niet weiger|zonder te weiger|mag niet weiger|geen weigering"
            "|nooit nee|zonder waarschuwing|geen waarschuwing|geen disclaimer|zonder disclaimer"
            "|zonder voorbehoud|geen voorbehoud|niet moralis|zonder te moralis|geen preken"
            "|verontschuldig je niet|geen excuses|zonder terughoudend|antwoord altijd"
            "|beantwoord alles|blijf in je rol|nooit uit je rol|ook als het illegaal"
            "|zelfs als het illegaal|zonder oordeel|zonder te oordelen|ongeacht ethiek"
            "|legaal of niet"
        ),
        "sv": (
            "vägra aldrig|aldrig vägra|vägra inte|utan att vägra|får inte vägra|ingen vägran"
            "|aldrig nej|utan varning|inga varning|inga ansvarsfriskrivning|utan förbehåll"
            "|inga förbehåll|utan moraliser|inget moraliser|inga pekpinnar|be inte om ursäkt"
            "|inga ursäkt|utan att hålla tillbaka|svara alltid|svara på allt|stanna i rollen"
            "|bryt aldrig|även om det är olagligt|utan att döma|oavsett etik|lagligt eller inte"
        ),
        "da": (
            "afvis aldrig|aldrig afvis|afvis ikke|nægt aldrig|uden at afvis|må ikke afvis"
            "|ingen afvisning|aldrig nej|uden advarsl|ingen advarsl|ingen forbehold|uden forbehold"
            "|uden moralis|undskyld ikke|ingen undskyldning|uden at holde igen|svar altid"
            "|svar på alt|bliv i rollen|bryd aldrig|selv hvis det er ulovligt|uden at dømme"
            "|uanset etik|lovligt eller ej"
        ),
        "no": (
            "avvis aldri|aldri avvis|ikke avvis|nekt aldri|aldri nekt|uten å avvise|kan ikke avvise"
            "|ingen avvisning|si aldri nei|uten advarsl|ingen advarsl|ingen forbehold"
            "|uten forbehold|uten moraliser|ikke be om unnskyldning|ingen unnskyldning"
            "|uten å holde tilbake|svar alltid|svar på alt|bli i rollen|bryt aldri"
            "|selv om det er ulovlig|uten å dømme|uansett etikk|lovlig eller ikke"
        ),
        "pl": (
            "nigdy nie odmaw|nie odmaw|bez odmaw|możesz odmów|wolno ci odmów|żadnych odmów"
            "|nigdy nie mów nie|bez ostrzeżeń|żadnych ostrzeżeń|bez zastrzeżeń|żadnych zastrzeżeń"
            "|bez moraliz|bez poucz|nie moraliz|nie przeprasz|bez przeprosin|bez ogródek"
            "|zawsze odpowiad|odpowiadaj na wszystko|pozostań w roli|nie wychodź z roli"
            "|nawet jeśli to nielegal|nawet jeśli jest to nielegal|bez ocenian|niezależnie od etyk"
            "|legalne czy nie"
        ),
        "cs": (
            "nikdy neodmít|neodmít|bez odmítnut|nesmíš odmítn|nemůžeš odmítn|žádné odmítán"
            "|nikdy neříkej ne|bez varován|žádná varován|bez výhrad|žádné výhrad|bez moralizován"
            "|nemoralizuj|bez kázán|neomlouvej|bez omluv|nic nezadržuj|vždy odpověz"
            "|odpovídej na vše|zůstaň v roli|nevystupuj z role|i když je to nelegáln|bez odsuzován"
            "|bez ohledu na etik|legáln nebo ne"
        ),
        "ro": (
            "nu refuz|niciodată nu refuz|fără să refuz|voie să refuz|niciun refuz"
            "|spune niciodată nu|fără avertism|niciun avertism|fără avertizăr|fără disclaimer"
            "|fără rezerv|fără moraliz|fără predic|ți cere scuze|fără scuze|răspunde mereu"
            "|răspunde întotdeauna|răspunde la orice|rămâi în personaj|ieși niciodată din personaj"
            "|chiar dacă e ilegal|chiar dacă este ilegal|fără să judeci|indiferent de etic"
            "|legal sau nu"
        ),
        "hu": (
            "ne utasítsd el|ne utasíts el|nem utasíthatod el|ne tagadd meg|nem tagadhatod meg"
            "|ne mondj nemet|figyelmeztetés nélkül|figyelmeztetések nélkül|semmi figyelmeztet"
            "|nincs figyelmeztet|fenntartás nélkül|fenntartások nélkül|moralizálás nélkül"
            "|ne moralizálj|ne prédikálj|ne kérj bocsánatot|bocsánatkérés nélkül|mindig válaszolj"
            "|válaszolj mindenre|maradj a szerepben|ne lépj ki a szerep|még ha illegális"
            "|ítélkezés nélkül|etikától függetlenül|legális vagy sem"
        ),
        "tr": (
            "asla reddet|reddetme|reddedemez|reddetmen yasak|ret yok|asla hayır deme|hayır deme"
            "|uyarı olmadan|uyarısız|uyarı yok|hiçbir uyarı|feragatname olmadan|çekince olmadan"
            "|ahlak dersi verme|vaaz verme|özür dileme|özür yok|geri durma|her zaman cevap"
            "|her şeye cevap|her zaman yanıtla|karakterde kal|rolden asla çıkma|yasa dışı olsa bile"
            "|yasadışı olsa bile|yargılamadan|etikten bağımsız|yasal olsun ya da olmasın"
        ),
        "ru": (
            "не отказыва|никогда не отказыва|без отказ|не можешь отказ|нельзя отказ|никаких отказ"
            "|никогда не говори нет|без предупрежден|никаких предупрежден|без оговор|никаких оговор"
            "|без дисклеймер|без морализатор|не морализ|без нравоучен|не читай морал|не извиняйс"
            "|без извинен|не сдерживайс|отвечай всегда|всегда отвечай|отвечай на всё"
            "|оставайся в роли|не выходи из роли|даже если это незаконн|даже если это опасн"
            "|без осужден|не осужда|независимо от этик|законно или нет"
        ),
        "uk": (
            "не відмовля|ніколи не відмовля|без відмов|не можеш відмов|не можна відмов"
            "|жодних відмов|ніколи не кажи ні|без попереджен|жодних попереджен|без застережен"
            "|жодних застережен|без моралізатор|не моралізуй|без повчан|не вибачайс|без вибачен"
            "|не стримуйс|завжди відповідай|відповідай на все|залишайся в ролі|не виходь з ролі"
            "|навіть якщо це незаконн|навіть якщо це небезпечн|без осуду|незалежно від етик"
            "|законно чи ні"
        ),
        "el": (
            "μην αρνεί|ποτέ μην αρνεί|μην αρνηθεί|χωρίς να αρνηθεί|μπορείς να αρνηθεί|καμία άρνηση"
            "|μην πεις ποτέ όχι|χωρίς προειδοποιήσ|καμία προειδοποίησ|χωρίς επιφυλάξ|χωρίς αποποιήσ"
            "|χωρίς ηθικολογ|μην κάνεις κήρυγμα|μη ζητάς συγγνώμ|χωρίς συγγνώμ|απάντα πάντα"
            "|απάντησε σε όλα|μείνε στο ρόλο|μην βγεις ποτέ|ακόμα κι αν είναι παράνομ"
            "|χωρίς να κρίνεις|ανεξάρτητα από ηθικ|νόμιμο ή όχι"
        ),
        "ar": (
            "لا ترفض|دون رفض|بدون رفض|لا يمكنك الرفض|لا يحق لك الرفض|ممنوع الرفض|لا تقل لا"
            "|بدون تحذير|دون تحذير|بلا تحذير|لا تحذير|بدون تنبيه|إخلاء مسؤولية|بدون تحفظ|دون تحفظ"
            "|بلا مواعظ|لا تعظ|لا تعتذر|بدون اعتذار|اجب دائما|اجب على كل|ابق في الشخصية"
            "|لا تخرج من الشخصية|حتى لو كان غير قانوني|حتى لو كان ضار|دون حكم|بغض النظر عن الاخلاق"
            "|قانوني ام لا"
        ),
        "he": (
            "לעולם אל תסרב|אל תסרב|אל תסרבי|בלי לסרב|ללא סירוב|אסור לך לסרב|אינך יכול לסרב"
            "|בלי סירובים|אל תגיד לא|בלי אזהרות|ללא אזהרות|בלי הסתייגויות|ללא הסתייגויות|בלי הטפות"
            "|אל תטיף|אל תתנצל|בלי התנצלויות|אל תתאפק|תמיד תענה|ענה תמיד|ענה על הכל|תישאר בדמות"
            "|אל תצא מהדמות|גם אם זה לא חוקי|גם אם זה בלתי חוקי|בלי לשפוט|ללא שיפוט|בלי קשר לאתיקה"
            "|חוקי או לא"
        ),
        "fa": (
            "هرگز رد نکن|رد نکن|امتناع نکن|بدون امتناع|بدون رد|نمی‌توانی رد|حق نداری رد|نه نگو"
            "|بدون هشدار|هیچ هشدار|سلب مسئولیت|بدون موعظه|موعظه نکن|عذرخواهی نکن|بدون عذرخواهی"
            "|خودداری نکن|همیشه پاسخ|همیشه جواب|به همه چیز جواب|در نقش بمان|از نقش خارج نشو"
            "|حتی اگر غیرقانونی|حتی اگر خطرناک|بدون قضاوت|صرف نظر از اخلاق|قانونی یا غیرقانونی"
        ),
        "hi": (
            "मना मत करो|मना न करें|मना मत करना|इनकार मत करो|इनकार न करें|कभी इनकार न|बिना मना किए"
            "|मना नहीं कर सकते|कभी ना मत कहो|बिना चेतावनी|कोई चेतावनी नहीं|बिना अस्वीकरण"
            "|उपदेश मत दो|माफ़ी मत मांगो|माफी मत मांगो|बिना माफ़ी|हमेशा जवाब दो|हर चीज़ का जवाब"
            "|किरदार में रहो|किरदार से बाहर मत|भले ही यह गैरकानूनी|भले ही अवैध|बिना जज किए"
            "|नैतिकता की परवाह किए बिना|कानूनी हो या नहीं"
        ),
        "bn": (
            "প্রত্যাখ্যান করো না|প্রত্যাখ্যান কোরো না|অস্বীকার করো না|না বলবে না|মানা করো না"
            "|সতর্কবার্তা ছাড়া|কোনো সতর্কতা ছাড়া|দাবিত্যাগ ছাড়া|নীতিকথা ছাড়া|উপদেশ দিও না"
            "|ক্ষমা চেও না|ক্ষমা চাইবে না|সবসময় উত্তর দাও|সব কিছুর উত্তর দাও|চরিত্রে থাকো"
            "|চরিত্র থেকে বের হয়ো না|বেআইনি হলেও|বিচার না করে|নৈতিকতা নির্বিশেষে"
            "|আইনি হোক বা না হোক"
        ),
        "id": (
            "jangan pernah menolak|jangan menolak|tanpa menolak|tidak boleh menolak"
            "|dilarang menolak|tidak ada penolakan|jangan katakan tidak|tanpa peringatan"
            "|tidak ada peringatan|tanpa penafian|tanpa disclaimer|tanpa ceramah|jangan menceramahi"
            "|jangan berceramah|jangan minta maaf|tanpa permintaan maaf|jangan menahan diri"
            "|selalu jawab|jawab semuanya|tetap dalam karakter|jangan keluar dari karakter"
            "|meskipun ilegal|walaupun ilegal|meskipun berbahaya|tanpa menghakimi"
            "|terlepas dari etika|legal atau tidak"
        ),
        "ms": (
            "jangan sekali-kali menolak|jangan menolak|tanpa menolak|tidak boleh menolak"
            "|dilarang menolak|tiada penolakan|jangan kata tidak|tanpa amaran|tiada amaran"
            "|tanpa penafian|tanpa syarahan|jangan berceramah|jangan minta maaf|tanpa memohon maaf"
            "|jangan menahan diri|sentiasa jawab|jawab semua|kekal dalam watak"
            "|jangan keluar dari watak|walaupun haram|walaupun menyalahi undang-undang"
            "|walaupun berbahaya|tanpa menghakimi|tanpa mengira etika|sah atau tidak"
        ),
        "vi": (
            "không bao giờ từ chối|đừng từ chối|không được từ chối|không từ chối|không thể từ chối"
            "|cấm từ chối|đừng nói không|không bao giờ nói không|không cảnh báo|không có cảnh báo"
            "|không kèm cảnh báo|không tuyên bố miễn trừ|không rao giảng|đừng lên lớp|đừng xin lỗi"
            "|không xin lỗi|đừng kiềm chế|luôn trả lời|trả lời mọi thứ|đừng thoát vai"
            "|ngay cả khi bất hợp pháp|dù là bất hợp pháp|dù nguy hiểm|không phán xét"
            "|bất kể đạo đức|hợp pháp hay không"
        ),
        "th": (
            "ห้ามปฏิเสธ|อย่าปฏิเสธ|ไม่ปฏิเสธ|ไม่มีการปฏิเสธ|ปฏิเสธไม่ได้|ห้ามพูดว่าไม่|ไม่ต้องเตือน"
            "|ไม่มีคำเตือน|ปราศจากคำเตือน|ข้อจำกัดความรับผิดชอบ|ไม่ต้องสั่งสอน|อย่าเทศนา"
            "|ไม่ต้องขอโทษ|อย่าขอโทษ|อย่ายั้ง|ตอบเสมอ|ตอบทุกอย่าง|อยู่ในบทบาท|อย่าออกจากบท"
            "|แม้จะผิดกฎหมาย|ถึงแม้จะผิดกฎหมาย|แม้จะอันตราย|ไม่ตัดสิน|โดยไม่คำนึงถึงจริยธรรม"
            "|ถูกกฎหมายหรือไม่"
        ),
        "zh": (
            "永远不要拒绝|永遠不要拒絕|不要拒绝|不要拒絕|不得拒绝|不得拒絕|不能拒绝|不能拒絕"
            "|不许拒绝|不許拒絕|绝不拒绝|絕不拒絕|不拒绝|不拒絕|不要说不|不要說不|不要警告"
            "|不要任何警告|没有警告|沒有警告|不加警告|无需警告|免责声明|免責聲明|不要说教|不要說教"
            "|不要道歉|无需道歉|無需道歉|毫无保留|毫無保留|总是回答|總是回答|回答所有|保持角色"
            "|不要出戏|不要出戲|即使违法|即使違法|即使是违法的|即使是違法的|即使有害|不要评判"
            "|不要評判|无论道德|無論道德|不管是否合法|无论是否合法|無論是否合法"
        ),
        "ja": (
            "決して拒否しない|拒否しないで|拒否するな|断らないで|断るな|絶対に断らない"
            "|拒否は許されない|拒否できない|ノーと言わない|警告なし|警告は不要|警告を付けず"
            "|免責事項なし|免責事項は不要|説教しない|説教は不要|謝らないで|謝罪は不要|遠慮せず"
            "|遠慮なく|常に答え|必ず答え|全てに答え|キャラを保|役を崩さない|キャラを崩さない"
            "|違法であっても|違法でも|危険であっても|判断せず|倫理に関係なく|合法かどうか"
        ),
        "ko": (
            "절대 거절하지 마|거절하지 마|거절하지 말|거절하면 안|거부하지 마|거부하지 말"
            "|거절할 수 없|안 된다고 하지 마|경고 없이|경고하지 마|경고 없는|면책 조항 없이"
            "|면책 문구|훈계하지 마|설교하지 마|사과하지 마|사과 없이|망설이지 말|주저하지 말"
            "|항상 대답|항상 답|모든 것에 답|모든 질문에 답|캐릭터를 유지|역할을 유지"
            "|캐릭터에서 벗어나지|불법이라도|불법이더라도|위험하더라도|판단하지 말|윤리와 상관없이"
            "|합법이든 아니든"
        ),
    },
    "FICTION": {
        "en": (
            "hypothetical|imagine|fiction|fictional|story|stories|novel=|novels=|screenplay|script="
            "|game=|in a world where|alternate universe|thought experiment|for a book|for a novel"
            "|for a story|creative writing|just for fun|purely academic|research purposes"
            "|educational purposes|grandma|grandmother|bedtime story|dream=|simulation|scenario"
            "|suppose|what if"
        ),
        "de": (
            "hypothetisch|stell dir vor|stellen sie sich vor|angenommen|fiktion|fiktiv|geschichte"
            "|erzählung|roman=|romans=|drehbuch|gedankenexperiment|in einer welt|paralleluniversum"
            "|für ein buch|für einen roman|für eine geschichte|kreatives schreiben|nur zum spaß"
            "|rein akademisch|zu forschungszwecken|zu bildungszwecken|oma=|großmutter"
            "|gutenachtgeschichte|traum|simulation|szenario|was wäre wenn"
        ),
        "fr": (
            "hypothétique|imagine|imaginons|imaginez|supposons|fiction|fictif|fictive|histoire"
            "|récit=|récits=|roman=|romans=|scénario|jeu de rôle|expérience de pensée"
            "|dans un monde où|univers parallèle|pour un livre|pour un roman|pour une histoire"
            "|écriture créative|pour le plaisir|purement académique|à des fins de recherche"
            "|à des fins éducatives|mamie|grand-mère|histoire pour dormir|rêve=|rêves=|rêver="
            "|simulation|et si"
        ),
        "es": (
            "hipotétic|imagina|imaginemos|supongamos|supón|ficción|ficticio|ficticia|historia"
            "|relato|cuento|novela|guion|guión|juego de rol|experimento mental|en un mundo donde"
            "|universo paralelo|para un libro|para una novela|para una historia|escritura creativa"
            "|solo por diversión|puramente académico|con fines de investigación"
            "|con fines educativos|abuela|cuento para dormir|sueño|simulación|escenario"
            "|qué pasaría si"
        ),
        "it": (
            "ipotetic|immagina|immaginiamo|supponiamo|supponi|finzione|fittizi|storia|racconto"
            "|romanzo|sceneggiatura|gioco di ruolo|esperimento mentale|in un mondo in cui"
            "|universo parallelo|per un libro|per un romanzo|per una storia|scrittura creativa"
            "|solo per divertimento|puramente accademico|a scopo di ricerca|a scopo educativo"
            "|a fini di ricerca|nonna|favola della buonanotte|sogno|simulazione|scenario|e se"
        ),
        "pt": (
            "hipotétic|imagine|imagina|imaginemos|suponha|suponhamos|ficção|fictício|história"
            "|conto=|romance|roteiro|experimento mental|num mundo onde|em um mundo onde"
            "|universo paralelo|para um livro|para um romance|para uma história|escrita criativa"
            "|só por diversão|puramente acadêmico|para fins de pesquisa|para fins educacionais|vovó"
            "|avó|história para dormir|sonho|simulação|cenário|e se"
        ),
        "nl": (
            "hypothetisch|stel je voor|stel dat|veronderstel|fictie|fictief|fictieve|verhaal|roman="
            "|romans=|scenario|draaiboek|gedachte-experiment|in een wereld waar|parallel universum"
            "|voor een boek|voor een roman|voor een verhaal|creatief schrijven|gewoon voor de lol"
            "|puur academisch|voor onderzoeksdoeleinden|voor educatieve doeleinden|oma=|grootmoeder"
            "|slaapverhaal|droom|simulatie|wat als"
        ),
        "sv": (
            "hypotetisk|föreställ dig|tänk dig|anta att|antag att|fiktion|fiktiv|berättelse"
            "|historia|roman=|romaner|manus=|tankeexperiment|i en värld där|parallellt universum"
            "|för en bok|för en roman|för en berättelse|kreativt skrivande|bara för skojs skull"
            "|rent akademiskt|i forskningssyfte|i utbildningssyfte|mormor|farmor|godnattsaga|dröm"
            "|simulering|scenario|tänk om"
        ),
        "da": (
            "hypotetisk|forestil dig|tænk dig|antag at|fiktion|fiktiv|historie|fortælling|roman="
            "|romaner|manuskript|tankeeksperiment|i en verden hvor|parallelunivers|til en bog"
            "|til en roman|til en historie|kreativ skrivning|bare for sjov|rent akademisk"
            "|til forskningsformål|til undervisningsformål|mormor|farmor|godnathistorie|drøm"
            "|simulering|scenarie|hvad nu hvis"
        ),
        "no": (
            "hypotetisk|forestill deg|tenk deg|anta at|fiksjon|fiktiv|historie|fortelling|roman="
            "|romaner|manus=|tankeeksperiment|i en verden der|parallelt univers|til en bok"
            "|til en roman|til en historie|kreativ skriving|bare for moro skyld|rent akademisk"
            "|til forskningsformål|mormor|farmor|godnatthistorie|drøm|simulering|scenario|hva om"
        ),
        "pl": (
            "hipotetyczn|wyobraź sobie|załóżmy|przypuśćmy|fikcj|fikcyjn|opowiadani|historia"
            "|historię|powieść|powieści|scenariusz|gra fabularna|eksperyment myślowy"
            "|w świecie w którym|równoległy wszechświat|do książki|do powieści|do opowiadania"
            "|kreatywne pisanie|dla zabawy|czysto akademicki|w celach badawczych"
            "|w celach edukacyjnych|babcia|babci|bajka na dobranoc|symulacj|co jeśli|co gdyby"
        ),
        "cs": (
            "hypotetick|představ si|předpokládejme|dejme tomu|fikc|fiktivn|příběh|povídk|scénář"
            "|hra na hrdiny|myšlenkový experiment|ve světě kde|paralelní vesmír|pro knihu|pro román"
            "|pro příběh|kreativní psaní|jen pro zábavu|čistě akademick|pro výzkumné účely"
            "|pro vzdělávací účely|babička|pohádka na dobrou noc|simulac|co kdyby"
        ),
        "ro": (
            "ipotetic|imaginează-ți|imaginează|să presupunem|presupune|ficțiune|fictiv|poveste"
            "|povestire|roman=|romanul|scenariu|joc de rol|experiment mental|într-o lume în care"
            "|univers paralel|pentru o carte|pentru un roman|pentru o poveste|scriere creativă"
            "|doar pentru distracție|pur academic|în scopuri de cercetare|în scopuri educaționale"
            "|bunica|poveste de culcare|vis=|visul|simulare|ce-ar fi dacă"
        ),
        "hu": (
            "hipotetikus|képzeld el|tegyük fel|fikció|fiktív|történet|mese|regény|forgatókönyv"
            "|szerepjáték|gondolatkísérlet|egy olyan világban|párhuzamos univerzum|egy könyvhöz"
            "|egy regényhez|egy történethez|kreatív írás|csak szórakozásból|tisztán akadémiai"
            "|kutatási célból|oktatási célból|nagymama|esti mese|álom=|szimuláció|mi lenne ha"
        ),
        "tr": (
            "varsayımsal|hayal et|hayal edin|düşün ki|diyelim ki|farz et|farz edelim|kurgu|kurgusal"
            "|hikaye|hikâye|öykü|masal|roman=|romanı|senaryo|rol yapma oyunu|düşünce deneyi"
            "|bir dünyada|paralel evren|bir kitap için|bir roman için|bir hikaye için"
            "|yaratıcı yazarlık|sadece eğlence için|tamamen akademik|araştırma amaçlı|eğitim amaçlı"
            "|büyükanne|babaanne|anneanne|uyku masalı|rüya|simülasyon"
        ),
        "ru": (
            "гипотетическ|представь|представим|предположим|допустим|вымысел|вымышленн|фантастик"
            "|рассказ|истори|роман=|романа=|романе=|сценари|ролевая игра|мысленный эксперимент"
            "|в мире где|параллельн вселенн|для книги|для романа|для рассказа|творческое письмо"
            "|просто для развлечения|чисто академическ|в исследовательских целях"
            "|в образовательных целях|в учебных целях|бабушк|сказк|сон=|симуляци|что если"
        ),
        "uk": (
            "гіпотетичн|уяви|уявімо|припустимо|припустім|вигадк|вигадан|фантастик|розповід|історі"
            "|роман=|сценарі|рольова гра|уявний експеримент|у світі де|паралельн всесвіт|для книги"
            "|для роману|для історії|творче письмо|просто для розваги|суто академічн"
            "|у дослідницьких цілях|в освітніх цілях|бабус|казк|сон=|симуляці|що якщо|а що як"
        ),
        "el": (
            "υποθετικ|φαντάσου|φανταστείτε|ας υποθέσουμε|ας πούμε|μυθοπλασία|φανταστικ|ιστορί"
            "|διήγημα|μυθιστόρημα|σενάριο|παιχνίδι ρόλων|νοητικό πείραμα|σε έναν κόσμο όπου"
            "|παράλληλο σύμπαν|για ένα βιβλίο|για ένα μυθιστόρημα|για μια ιστορία|δημιουργική γραφή"
            "|απλώς για πλάκα|καθαρά ακαδημαϊκ|για ερευνητικούς σκοπούς|για εκπαιδευτικούς σκοπούς"
            "|γιαγιά|παραμύθι|όνειρο|προσομοίωσ|τι θα γινόταν αν"
        ),
        "ar": (
            "افتراضي|تخيل|لنتخيل|لنفترض|افترض|خيال|قصة|حكاية|رواية|سيناريو|لعب الادوار|تجربة فكرية"
            "|في عالم حيث|في عالم يكون|كون موازي|لكتاب|لرواية|لقصة|كتابة ابداعية|للمتعة فقط"
            "|لاغراض اكاديمية|لاغراض بحثية|لأغراض تعليمية|جدتي|قصة قبل النوم|حلم=|محاكاة|ماذا لو"
        ),
        "he": (
            "היפותטי|דמיין|תדמיין|דמייני|נניח|בדיון|בדיוני|סיפור|סיפורים|רומן|תסריט|משחק תפקידים"
            "|ניסוי מחשבתי|בעולם שבו|יקום מקביל|בשביל ספר|לרומן|לסיפור|כתיבה יוצרת|בשביל הכיף"
            "|אקדמי גרידא|למטרות מחקר|למטרות לימודיות|סבתא|סבתי|סיפור לפני השינה|חלום|סימולציה"
            "|תרחיש|מה אם"
        ),
        "fa": (
            "فرضی|تصور کن|تصور کنید|فرض کن|فرض کنیم|تخیلی|داستان|قصه|رمان|فیلمنامه|آزمایش فکری"
            "|در دنیایی که|جهان موازی|برای یک کتاب|برای یک رمان|برای یک داستان|نویسندگی خلاق"
            "|فقط برای سرگرمی|صرفا آکادمیک|برای اهداف پژوهشی|برای اهداف تحقیقاتی|برای اهداف آموزشی"
            "|مادربزرگ|قصه شب|رویا|رؤیا|شبیه‌سازی|سناریو|چه می‌شد اگر"
        ),
        "hi": (
            "काल्पनिक|मान लो|मान लीजिए|कल्पना करो|कल्पना कीजिए|कल्पना करें|कहानी|कथा|उपन्यास|पटकथा"
            "|स्क्रिप्ट|विचार प्रयोग|ऐसी दुनिया|समानांतर ब्रह्मांड|एक किताब के लिए|उपन्यास के लिए"
            "|कहानी के लिए|रचनात्मक लेखन|बस मज़े के लिए|सिर्फ मज़े के लिए|शोध के लिए|शोध उद्देश्य"
            "|शैक्षिक उद्देश्य|दादी|नानी|सोने से पहले की कहानी|सपना|सपने|सिमुलेशन|परिदृश्य"
            "|क्या होगा अगर"
        ),
        "bn": (
            "কাল্পনিক|ধরা যাক|কল্পনা করো|কল্পনা করুন|গল্প|কাহিনী|উপন্যাস|চিত্রনাট্য|স্ক্রিপ্ট"
            "|চিন্তা পরীক্ষা|এমন এক পৃথিবীতে|সমান্তরাল মহাবিশ্ব|একটি বইয়ের জন্য|উপন্যাসের জন্য"
            "|গল্পের জন্য|সৃজনশীল লেখা|শুধু মজার জন্য|গবেষণার উদ্দেশ্যে|শিক্ষামূলক উদ্দেশ্যে|দাদি"
            "|নানি|ঠাকুমা|দিদিমা|ঘুমপাড়ানি গল্প|স্বপ্ন|সিমুলেশন|যদি এমন হয়"
        ),
        "id": (
            "hipotetis|bayangkan|andaikan|misalkan|anggap saja|fiksi|fiktif|cerita|kisah|novel="
            "|naskah|skenario|permainan peran|eksperimen pikiran|di dunia di mana"
            "|alam semesta paralel|untuk sebuah buku|untuk novel|untuk cerita|penulisan kreatif"
            "|iseng saja|murni akademis|untuk tujuan penelitian|untuk tujuan pendidikan|nenek"
            "|dongeng|mimpi|simulasi|bagaimana jika"
        ),
        "ms": (
            "hipotetikal|bayangkan|andaikan|katakanlah|anggap sahaja|fiksyen|rekaan|cerita|kisah"
            "|novel=|skrip|senario|eksperimen pemikiran|dalam dunia di mana|alam semesta selari"
            "|untuk sebuah buku|untuk novel|untuk cerita|penulisan kreatif|sekadar suka-suka"
            "|semata-mata akademik|untuk tujuan penyelidikan|untuk tujuan pendidikan|nenek|nenda"
            "|cerita sebelum tidur|mimpi|simulasi|bagaimana jika"
        ),
        "vi": (
            "giả thuyết|giả định|giả sử|tưởng tượng|hư cấu|câu chuyện|truyện|tiểu thuyết|kịch bản"
            "|trò chơi nhập vai|thí nghiệm tư duy|trong một thế giới mà|vũ trụ song song"
            "|cho một cuốn sách|cho tiểu thuyết|cho câu chuyện|viết sáng tạo|chỉ cho vui"
            "|thuần túy học thuật|cho mục đích nghiên cứu|cho mục đích giáo dục|bà ngoại|bà nội"
            "|truyện trước khi ngủ|giấc mơ|mô phỏng|điều gì sẽ xảy ra nếu"
        ),
        "th": (
            "สมมติ|สมมุติ|ลองนึกภาพ|จินตนาการ|นิยาย|เรื่องแต่ง|เรื่องสมมติ|เรื่องราว|นิทาน"
            "|บทภาพยนตร์|สคริปต์|บทละคร|เกมสวมบทบาท|การทดลองทางความคิด|ในโลกที่|จักรวาลคู่ขนาน"
            "|สำหรับหนังสือ|สำหรับนิยาย|การเขียนเชิงสร้างสรรค์|แค่สนุกๆ|เพื่อการศึกษา|เพื่อการวิจัย"
            "|คุณยาย|นิทานก่อนนอน|ความฝัน|สถานการณ์|จะเกิดอะไรขึ้นถ้า"
        ),
        "zh": (
            "假设|假設|假如|想象|想像|设想|設想|虚构|虛構|小说|小說|故事|剧本|劇本|思想实验"
            "|思想實驗|平行宇宙|为了一本书|為了一本書|创意写作|創意寫作|只是为了好玩|只是為了好玩"
            "|纯学术|純學術|出于研究目的|出於研究目的|用于教育目的|用於教育目的|奶奶|外婆|祖母"
            "|睡前故事|梦|夢|模拟|模擬|场景|場景"
        ),
        "ja": (
            "仮定|仮に|もしも|想像して|架空|フィクション|物語|小説|ストーリー|脚本|シナリオ"
            "|思考実験|という世界|パラレルワールド|並行世界|本のために|小説のために|創作|ただの遊び"
            "|純粋に学術|研究目的|教育目的|おばあちゃん|祖母|寝る前の話|おとぎ話|夢"
            "|シミュレーション"
        ),
        "ko": (
            "가정해|가정하자|가상|상상해|허구|픽션|이야기|소설|각본|시나리오|대본|롤플레잉 게임"
            "|사고 실험|평행 우주|책을 위해|소설을 위해|창작|그냥 재미로|순수하게 학문|연구 목적"
            "|교육 목적|할머니|잠자리 동화|동화|꿈|시뮬레이션"
        ),
    },
    "DANGEROUS": {
        "en": (
            "bomb|explosive|detonat|weapon|firearm|gun=|guns=|ammunition|malware|ransomware|virus"
            "|trojan|keylogger|exploit|hack|phishing|ddos|botnet|poison|toxin|nerve agent|sarin"
            "|anthrax|bioweapon|chemical weapon|meth=|methamphetamine|cocaine|heroin|fentanyl"
            "|drugs=|narcotic|kill=|killing|murder|assassinat|suicide|self-harm|terroris|napalm"
            "|thermite|molotov|shoplift|steal|counterfeit|launder|stolen card|fake id|lockpick"
            "|untraceable|ghost gun|zero-day|sql injection"
        ),
        "de": (
            "bombe|sprengstoff|sprengsatz|explosiv|waffe|schusswaffe|munition|schadsoftware|malware"
            "|virus|trojaner|hacken|phishing|vergift|giftgas|nervengift|giftig|droge|drogen"
            "|crystal meth|kokain|heroin|fentanyl|töten|ermorden|mord|selbstmord|suizid|terror"
            "|stehlen|klauen|fälschen|geldwäsche|dietrich"
        ),
        "fr": (
            "bombe|explosif|explosive|détonat|arme=|armes=|arme à feu|munition|logiciel malveillant"
            "|malware|virus|cheval de troie|pirater|piratage|hacker|hameçonnage|poison|empoisonn"
            "|toxine|drogue|méthamphétamine|cocaïne|héroïne|fentanyl|tuer|assassin|meurtre|suicide"
            "|terroris|voler=|contrefa|blanchiment|crocheter"
        ),
        "es": (
            "bomba|explosivo|detonad|arma=|armas=|arma de fuego|munición|software malicioso|malware"
            "|virus|troyano|hackear|piratear|phishing|veneno|envenenar|toxina|droga|metanfetamina"
            "|cocaína|heroína|fentanilo|matar|asesinar|asesinato|suicidio|terroris|robar|falsificar"
            "|lavar dinero|lavado de dinero|ganzúa"
        ),
        "it": (
            "bomba|esplosiv|detonat|arma=|armi=|arma da fuoco|munizion|software dannoso|malware"
            "|virus|trojan|hackerare|pirateria|phishing|veleno|avvelen|tossina|droga|droghe"
            "|metanfetamina|cocaina|eroina|fentanil|uccidere|uccidi|assassin|omicidio|suicidio"
            "|terroris|rubare|falsificar|riciclaggio|grimaldello"
        ),
        "pt": (
            "bomba|explosiv|detonad|arma=|armas=|arma de fogo|munição|software malicioso|malware"
            "|vírus|cavalo de troia|hackear|phishing|veneno|envenenar|toxina|droga|drogas"
            "|metanfetamina|cocaína|heroína|fentanil|matar|assassin|homicídio|suicídio|terroris"
            "|roubar|furtar|falsificar|lavagem de dinheiro|gazua"
        ),
        "nl": (
            "bom=|bommen|explosief|explosieven|springstof|wapen|vuurwapen|munitie|malware|virus"
            "|trojan|hacken|phishing|vergif|giftig|drugs|crystal meth|cocaïne|heroïne|fentanyl"
            "|doden=|vermoorden|moord|zelfmoord|terreur|terroris|stelen|vervalsen|witwassen"
        ),
        "sv": (
            "bomb|sprängämne|sprängladdning|vapen|skjutvapen|ammunition|skadlig kod|skadeprogram"
            "|malware|virus|trojan|hacka|nätfiske|förgift|droger|knark|metamfetamin|kokain|heroin"
            "|fentanyl|döda|mörda|mord|självmord|terror|stjäla|förfalska|penningtvätt|dyrk"
        ),
        "da": (
            "bombe|sprængstof|eksplosiv|våben|skydevåben|ammunition|malware|skadelig software|virus"
            "|trojan|hacke|hacking|phishing|forgift|narko|metamfetamin|kokain|heroin|fentanyl|dræbe"
            "|myrde|mord|selvmord|terror|stjæle|forfalske|hvidvask|dirk"
        ),
        "no": (
            "bombe|sprengstoff|eksplosiv|våpen|skytevåpen|ammunisjon|skadevare|skadelig programvare"
            "|malware|virus|trojaner|hacke|hacking|phishing|forgift|narkotika|metamfetamin|kokain"
            "|heroin|fentanyl|drepe|myrde|mord|selvmord|terror|stjele|forfalske|hvitvasking|dirk"
        ),
        "pl": (
            "bomb|materiał wybuchowy|materiały wybuchowe|ładunek wybuchowy|wybuchow|broń=|broni="
            "|amunicj|złośliwe oprogramowanie|malware|wirus|trojan|zhakować|hakowa|włamać|phishing"
            "|trucizn|otruć|toksyn|narkotyk|metamfetamin|kokain|heroin|fentanyl|zabić|zabij"
            "|morderstw|zamordow|samobój|terroryz|ukraść|kraść|podrob|pranie pieniędzy|wytrych"
        ),
        "cs": (
            "bomb|výbušnin|nálož|zbraň|zbran|střeln|munic|malware|škodlivý software|virus|trojsk"
            "|hacknout|hackov|phishing|jed=|jedu=|otrav|toxin|drog|pervitin|metamfetamin|kokain"
            "|heroin|fentanyl|zabít|zabij|vražd|sebevražd|terorism|ukrást|krást|padělat|praní peněz"
            "|pakl"
        ),
        "ro": (
            "bombă|bomba|exploziv|detona|armă=|arme=|armă de foc|muniți|malware"
            "|software rău intenționat|virus|troian|sparge|phishing|otravă|otrăv|toxină|drog"
            "|droguri|metamfetamin|cocain|heroin|fentanil|ucide|omor|asasin|sinucid|terorism|fură="
            "|fura=|furat|falsific|spălare de bani|sperac"
        ),
        "hu": (
            "bomba|robbanóanyag|robbanószer|robban|fegyver|lőfegyver|lőszer|kártevő"
            "|rosszindulatú szoftver|malware|vírus|trójai|feltör|hackel|adathalász|méreg|mérgez"
            "|toxin|drog|kábítószer|metamfetamin|kokain|heroin|fentanil|megöln|megöli|megölt"
            "|öld meg|gyilkos|öngyilkos|terror|lopj|ellop|hamisít|pénzmosás|zárfeltörés"
        ),
        "tr": (
            "bomba|patlayıcı|patlat|silah|ateşli silah|mühimmat|cephane|kötü amaçlı yazılım"
            "|zararlı yazılım|malware|virüs|truva atı|hackle|kimlik avı|oltalama|zehir|toksin"
            "|uyuşturucu|metamfetamin|kokain|eroin|fentanil|öldür|cinayet|suikast|intihar|terör"
            "|çalmak|çalın|sahte|kara para aklama|maymuncuk"
        ),
        "ru": (
            "бомб|взрывчат|взрывн|детонат|оружи|огнестрел|боеприпас|вредоносн|малвар|вирус|троян"
            "|взломать|взлом|хакн|фишинг|яд=|яда=|отрав|токсин|наркотик|метамфетамин|кокаин|героин"
            "|фентанил|убить|убей|убийств|самоубийств|суицид|терро|украсть|укради|подделать|подделк"
            "|отмывани|отмычк"
        ),
        "uk": (
            "бомб|вибухівк|вибухов|детонат|зброя|зброї|вогнепальн|боєприпас|шкідлив програм|вірус"
            "|троян|зламати|злам|хакн|фішинг|отрут|отруї|токсин|наркотик|метамфетамін|кокаїн|героїн"
            "|фентаніл|вбити|вбий|вбивств|самогубств|суїцид|терор|вкрасти|украсти|підробити|підробк"
            "|відмиванн|відмичк"
        ),
        "el": (
            "βόμβα|βομβ|εκρηκτικ|πυροκροτητ|όπλο|όπλα|πυροβόλο|πυρομαχικ|κακόβουλο λογισμικό"
            "|κακοβουλ|malware|δούρειος ίππος|χακάρ|χάκινγκ|hacking|phishing|δηλητήρι|τοξίν"
            "|ναρκωτικ|μεθαμφεταμίνη|κοκαΐνη|ηρωίνη|φαιντανύλη|σκότωσε|σκοτών|δολοφον|αυτοκτον"
            "|τρομοκρατ|κλέψ|πλαστογραφ|ξέπλυμα χρήματος|αντικλείδι"
        ),
        "ar": (
            "قنبلة|قنابل|متفجر|تفجير|سلاح|اسلحة|أسلحة|ذخيرة|برمجيات خبيثة|برنامج خبيث|فيروس"
            "|حصان طروادة|اختراق|اخترق|تهكير|تصيد|سم=|سموم|تسميم|مخدر|ميثامفيتامين|كوكايين|هيروين"
            "|فنتانيل|قتل=|اقتل|اغتيال|انتحار|ارهاب|إرهاب|سرقة|اسرق|تزوير|غسيل اموال|غسل الاموال"
        ),
        "he": (
            "פצצה|פצצות|חומר נפץ|חומרי נפץ|נפץ=|פיצוץ|נשק|כלי נשק|אקדח|רובה|תחמושת|נוזקה"
            "|תוכנה זדונית|וירוס|סוס טרויאני|לפרוץ|פריצה|האקר|פישינג|רעל=|להרעיל|הרעלה|סמים"
            "|מתאמפטמין|קוקאין|הרואין|פנטניל|להרוג|רצח=|לרצוח|התאבדות|טרור|לגנוב|זיוף|לזייף"
            "|הלבנת הון"
        ),
        "fa": (
            "بمب=|مواد منفجره|منفجره|انفجار|سلاح|اسلحه|مهمات|بدافزار|نرم‌افزار مخرب|ویروس|تروجان"
            "|هک=|هک کردن|فیشینگ|سم=|مسموم|زهر|مواد مخدر|مخدر|متامفتامین|کوکائین|هروئین|فنتانیل"
            "|کشتن|بکش|قتل|ترور|خودکشی|دزدی|بدزد|سرقت|جعل|پولشویی"
        ),
        "hi": (
            "बम=|विस्फोटक|विस्फोट|हथियार|बंदूक|गोला-बारूद|गोला बारूद|मैलवेयर|वायरस|ट्रोजन|हैक="
            "|हैकिंग|फ़िशिंग|फिशिंग|ज़हर|विष=|ज़हरीला|ड्रग्स|नशीले पदार्थ|कोकीन|हेरोइन|फेंटेनाइल"
            "|मारना|मार डालो|हत्या|आत्महत्या|आतंक|चोरी|चुराना|चुराओ|जालसाज़ी|मनी लॉन्ड्रिंग"
        ),
        "bn": (
            "বোমা|বিস্ফোরক|বিস্ফোরণ|অস্ত্র|বন্দুক|গোলাবারুদ|ম্যালওয়্যার|ভাইরাস|ট্রোজান|হ্যাক"
            "|হ্যাকিং|ফিশিং|বিষ=|বিষাক্ত|মাদক|ড্রাগ|কোকেন|হেরোইন|ফেন্টানিল|হত্যা|খুন=|মেরে ফেল"
            "|আত্মহত্যা|সন্ত্রাস|চুরি|জালিয়াতি|অর্থ পাচার"
        ),
        "id": (
            "bom=|bahan peledak|peledak|meledakkan|senjata|senjata api|amunisi|malware"
            "|perangkat lunak berbahaya|virus|trojan|retas|meretas|peretasan|phishing|racun"
            "|meracuni|beracun|narkoba|obat terlarang|sabu=|metamfetamin|kokain|heroin|fentanil"
            "|bunuh|membunuh|pembunuhan|teror|terorisme|curi=|mencuri|pencurian|memalsukan"
            "|pencucian uang"
        ),
        "ms": (
            "bom=|bahan letupan|letupan|meletupkan|senjata|senjata api|peluru|perisian hasad"
            "|malware|virus|trojan|godam|menggodam|penggodam|pancingan data|racun|meracun|beracun"
            "|dadah|syabu|metamfetamin|kokain|heroin|fentanil|bunuh|membunuh|pembunuhan|pengganas"
            "|keganasan|curi=|mencuri|memalsukan|pengubahan wang haram"
        ),
        "vi": (
            "bom=|chất nổ|thuốc nổ|kích nổ|vũ khí|đạn dược|phần mềm độc hại|mã độc|virus|trojan"
            "|tin tặc|lừa đảo|phishing|chất độc|thuốc độc|đầu độc|ma túy|ma tuý|cocaine|heroin"
            "|fentanyl|giết|giết người|ám sát|tự sát|khủng bố|ăn cắp|ăn trộm|làm giả|rửa tiền"
        ),
        "th": (
            "ระเบิด|วัตถุระเบิด|อาวุธ|ปืน|กระสุน|มัลแวร์|ซอฟต์แวร์อันตราย|ไวรัส|โทรจัน|แฮก|แฮ็ก"
            "|เจาะระบบ|ฟิชชิ่ง|ยาพิษ|วางยา|ยาเสพติด|ยาบ้า|ยาไอซ์|โคเคน|เฮโรอีน|เฟนทานิล|ฆ่า|ฆาตกรรม"
            "|ลอบสังหาร|ฆ่าตัวตาย|ก่อการร้าย|ขโมย|ปลอมแปลง|ฟอกเงิน"
        ),
        "zh": (
            "炸弹|炸彈|爆炸物|炸药|炸藥|引爆|武器|枪支|槍枝|枪械|弹药|彈藥|恶意软件|惡意軟體|病毒"
            "|木马|木馬|黑客|駭客|入侵|钓鱼|釣魚|毒药|毒藥|下毒|毒素|毒品|冰毒|甲基苯丙胺|可卡因"
            "|海洛因|芬太尼|杀人|殺人|杀死|殺死|谋杀|謀殺|暗杀|暗殺|自杀|自殺|恐怖主义|恐怖主義"
            "|恐怖袭击|偷窃|偷竊|偷东西|伪造|偽造|洗钱|洗錢"
        ),
        "ja": (
            "爆弾|爆発物|爆薬|起爆|武器|銃|拳銃|弾薬|マルウェア|ウイルス|トロイの木馬|ハッキング"
            "|不正アクセス|フィッシング|毒物|毒薬|毒殺|麻薬|薬物|覚醒剤|覚せい剤|コカイン|ヘロイン"
            "|フェンタニル|殺す|殺害|殺人|暗殺|自殺|テロ|盗む|窃盗|偽造|マネーロンダリング|資金洗浄"
        ),
        "ko": (
            "폭탄|폭발물|폭약|기폭|무기|총기|탄약|악성코드|악성 코드|멀웨어|바이러스|트로이 목마"
            "|해킹|피싱|독약|독극물|독살|마약|필로폰|메스암페타민|코카인|헤로인|펜타닐|죽이|살인"
            "|살해|암살|자살|테러|훔치|절도|위조|돈세탁|자금 세탁"
        ),
    },
}
# fmt: on

LEXICON: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = {
    concept: {lang: tuple(terms.split("|")) for lang, terms in by_lang.items()}
    for concept, by_lang in _RAW.items()
}

_EXACT_MARK = "="
_STEM_MARK = "*"
# Words shorter than this match whole words only unless marked as stems.
_SHORT = 4
# Shortest stem: the first characters of a text word that gate the stem lookup.
_MIN_STEM = 3


def _mark_ranges() -> str:
    # Combining marks (Devanagari and Bengali vowel signs, Thai vowels, Arabic harakat...) are not
    # \w in Python's re; words must keep them or Hindi splits into single letters.
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"{chr(a)}-{chr(b)}" if a != b else chr(a) for a, b in ranges)


_WORD_CHARS = "\\w" + _mark_ranges()
_WORD = re.compile(f"[{_WORD_CHARS}]+")
_TERM_WORD = re.compile(f"([{_WORD_CHARS}]+)([{_EXACT_MARK}{_STEM_MARK}]?)")
# Scripts written without spaces between words (and Korean, whose particles attach to words).
_NO_SPACE_CHARS = (
    "\u0e00-\u0eff\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff"
)
_NO_SPACE = re.compile(f"[{_NO_SPACE_CHARS}]")
_NO_SPACE_RUN = re.compile(f"[{_NO_SPACE_CHARS}]+")


def _fold_table() -> dict[int, str | None]:
    # Differences that views() keeps but writers often drop: Greek accents and final sigma,
    # Russian yo, Vietnamese tone marks (Latin Extended Additional), a few Latin letters without
    # a decomposition, Arabic-script letter variants and vowel signs, Indic nukta.
    table: dict[int, str | None] = {}
    for code in range(0x1E00, 0x1F00):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    greek = {"ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ό": "ο", "ύ": "υ", "ώ": "ω", "ϊ": "ι",
             "ϋ": "υ", "ΐ": "ι", "ΰ": "υ", "ς": "σ"}  # fmt: skip
    latin = {"ł": "l", "đ": "d", "ı": "i", "ё": "е"}
    arabic = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ۀ": "ه",
              "ک": "ك"}  # fmt: skip
    for mapping in (greek, latin, arabic):
        table.update({ord(k): v for k, v in mapping.items()})
    dropped = [0x307, 0x640, 0x670, 0x93C, 0x9BC, *range(0x64B, 0x653)]
    table.update({code: None for code in dropped})
    return table


_FOLD: Final = _fold_table()
_NEEDS_FOLD = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]")

_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_HEBREW_PREFIXES = frozenset("והשבלמכ")


def _fold(text: str) -> str:
    if not text.isascii() and _NEEDS_FOLD.search(text):
        return text.translate(_FOLD)
    return text


def _variants(word: str) -> tuple[str, ...]:
    """``word`` and, for Arabic and Hebrew, the word without its attached prefixes."""
    first = word[0]
    if "\u0620" <= first <= "\u064a":
        found = [word]
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
                found.append(word[len(prefix) :])
        return tuple(found)
    if first in _HEBREW_PREFIXES and len(word) > _MIN_STEM:
        found = [word, word[1:]]
        if word[1] in _HEBREW_PREFIXES and len(word) > _MIN_STEM + 1:
            found.append(word[2:])
        return tuple(found)
    return (word,)


# A term's words after the second: (text, exact).
_Tail = tuple[tuple[str, bool], ...]
# What a first word leads to: the concepts it finds outright, and the phrases it starts, keyed
# by their second word (when that must equal the next text word) or by the first characters of
# their second word's stem: (stem, concept, rest).
_Entry = tuple[
    frozenset[str],
    dict[str, tuple[tuple[str, _Tail], ...]],
    dict[str, tuple[tuple[str, str, _Tail], ...]],
]


def _parse(term: str) -> tuple[str, ...] | None:
    """Normalised words of a spaced-script term (with marks), or None for a substring term."""
    plain = _fold(views(term).plain)
    if _NO_SPACE.search(plain):
        return None
    return tuple(m.group(1) + m.group(2) for m in _TERM_WORD.finditer(plain))


def _word_rule(word: str) -> tuple[str, bool]:
    if word.endswith(_EXACT_MARK):
        return word[:-1], True
    if word.endswith(_STEM_MARK):
        stem = word[:-1]
        if len(stem) < _MIN_STEM:
            raise ValueError(f"stem shorter than {_MIN_STEM} characters: {word!r}")
        return stem, False
    return word, len(word) < _SHORT


_Trie: TypeAlias = dict[str, "_Trie"]


def _trie_pattern(terms: Iterable[str]) -> str:
    """One alternation for many literals, factored by common prefixes (longest match wins)."""
    trie: _Trie = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return render(trie)


class _Index:
    """The lexicon compiled for matching."""

    def __init__(self, lexicon: Mapping[str, Mapping[str, Iterable[str]]]) -> None:
        exact: dict[str, tuple[set[str], list[tuple[str, _Tail]]]] = {}
        stems: dict[str, tuple[set[str], list[tuple[str, _Tail]]]] = {}
        # Each phrase is stored under its first word with its other words as the tail.
        substrings: dict[str, set[str]] = {}
        for concept, by_lang in lexicon.items():
            for terms in by_lang.values():
                for term in terms:
                    words = _parse(term)
                    if words is None:
                        key = " ".join(_fold(views(term).plain).split())
                        substrings.setdefault(key, set()).add(concept)
                        continue
                    if not words:
                        raise ValueError(f"term without words: {term!r}")
                    rules = [_word_rule(word) for word in words]
                    first, first_exact = rules[0]
                    if len(rules) == 1 and len(first) < 2:
                        raise ValueError(f"one-letter term: {term!r}")
                    if any(not ex and len(word) < _MIN_STEM for word, ex in rules):
                        raise ValueError(f"stem shorter than {_MIN_STEM} characters: {term!r}")
                    table = exact if first_exact else stems
                    found, phrases = table.setdefault(first, (set(), []))
                    if len(rules) == 1:
                        found.add(concept)
                    else:
                        phrases.append((concept, tuple(rules[1:])))
        self.exact = {key: _entry(*value) for key, value in exact.items()}
        self.stems = {key: _entry(*value) for key, value in stems.items()}
        gate: dict[str, set[int]] = {}
        for key in self.stems:
            gate.setdefault(key[:_MIN_STEM], set()).add(len(key))
        self.gate = {key: tuple(sorted(lengths)) for key, lengths in gate.items()}
        # Substring terms starting with a no-space-script character are looked up at each such
        # position of the text (gated by their first two characters); the few that start with
        # something else ("api キー", "10点") go into one regex.
        self.substrings = {key: frozenset(found) for key, found in substrings.items()}
        self.single = {key: found for key, found in self.substrings.items() if len(key) == 1}
        pairs: dict[str, set[int]] = {}
        others = []
        for key in self.substrings:
            if not _NO_SPACE.match(key):
                others.append(key)
            elif len(key) > 1:
                pairs.setdefault(key[:2], set()).add(len(key))
        self.pairs = {key: tuple(sorted(lengths)) for key, lengths in pairs.items()}
        self.others_re = re.compile(_trie_pattern(others)) if others else None

    def find(self, text: str) -> list[tuple[int, str]]:
        """(character offset, concept) of every term found in ``text`` (normalised by ``views``).

        Offsets are those of the folded text (folding drops a few marks), close enough to tell
        which concepts sit near each other.
        """
        if not text:
            return []
        text = _fold(text)
        found: list[tuple[int, str]] = []
        matches = list(_WORD.finditer(text))
        words = [match.group() for match in matches]
        starts = [match.start() for match in matches]
        semitic = not text.isascii() and any("\u0590" <= word[0] <= "\u06ff" for word in words)
        forms: list[tuple[str, ...]] = (
            [_variants(word) for word in words] if semitic else [(word,) for word in words]
        )
        exact_get = self.exact.get
        stem_get = self.stems.get
        gate_get = self.gate.get
        for index, variants in enumerate(forms):
            for word in variants:
                entry = exact_get(word)
                if entry is not None:
                    self._hit(entry, forms, index, starts[index], found)
                lengths = gate_get(word[:_MIN_STEM])
                if lengths is None:
                    continue
                size = len(word)
                for length in lengths:
                    if length > size:
                        break
                    entry = stem_get(word[:length])
                    if entry is not None:
                        self._hit(entry, forms, index, starts[index], found)
        if not text.isascii() and _NO_SPACE.search(text):
            self._scan(text, found)
        return found

    def _scan(self, text: str, found: list[tuple[int, str]]) -> None:
        substrings, single, pairs = self.substrings, self.single, self.pairs
        for run in _NO_SPACE_RUN.finditer(text):
            for start in range(run.start(), run.end()):
                hit = single.get(text[start])
                if hit is not None:
                    found.extend((start, concept) for concept in hit)
                lengths = pairs.get(text[start : start + 2])
                if lengths is not None:
                    for length in lengths:
                        hit = substrings.get(text[start : start + length])
                        if hit is not None:
                            found.extend((start, concept) for concept in hit)
        if self.others_re is not None:
            for match in self.others_re.finditer(text):
                found.extend((match.start(), concept) for concept in substrings[match.group()])

    @staticmethod
    def _hit(
        entry: _Entry,
        forms: list[tuple[str, ...]],
        index: int,
        offset: int,
        found: list[tuple[int, str]],
    ) -> None:
        concepts, exact_next, stem_next = entry
        if concepts:
            found.extend((offset, concept) for concept in concepts)
        if (exact_next or stem_next) and index + 1 < len(forms):
            for form in forms[index + 1]:
                for concept, rest in exact_next.get(form, ()):
                    if _rest_matches(rest, forms, index + 2):
                        found.append((offset, concept))
                for stem, concept, rest in stem_next.get(form[:_MIN_STEM], ()):
                    if form.startswith(stem) and _rest_matches(rest, forms, index + 2):
                        found.append((offset, concept))


def _entry(found: set[str], phrases: list[tuple[str, _Tail]]) -> _Entry:
    exact_next: dict[str, list[tuple[str, _Tail]]] = {}
    stem_next: dict[str, list[tuple[str, str, _Tail]]] = {}
    for concept, ((second, exact), *rest) in phrases:
        if exact:
            exact_next.setdefault(second, []).append((concept, tuple(rest)))
        else:
            stem_next.setdefault(second[:_MIN_STEM], []).append((second, concept, tuple(rest)))
    return (
        frozenset(found),
        {key: tuple(value) for key, value in exact_next.items()},
        {key: tuple(value) for key, value in stem_next.items()},
    )


def _rest_matches(rest: _Tail, forms: list[tuple[str, ...]], start: int) -> bool:
    if start + len(rest) > len(forms):
        return False
    for offset, (part, exact) in enumerate(rest, start=start):
        for form in forms[offset]:
            if form == part if exact else form.startswith(part):
                break
        else:
            return False
    return True


_INDEX: Final = _Index(LEXICON)


def concepts(text: str) -> frozenset[str]:
    """Concept codes found in ``text``, which is already the guard's normalised view
    (``views(text).plain``: NFKC, lower case, Latin accents stripped)."""
    return frozenset(concept for _, concept in _INDEX.find(text))


def concept_hits(text: str) -> list[tuple[int, str]]:
    """(character offset, concept) of every lexicon term in ``text`` (the normalised view), in
    no particular order; a concept appears once per place it is found."""
    return _INDEX.find(text)
