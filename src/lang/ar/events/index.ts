import type { EventLanguage } from '../../../events/event-language.js';
import { GENERIC_CUES, SPECULATION_CUES, STATUS_CUES } from './status-cues.js';
import { TRIGGERS } from './triggers.js';

/** Everything the event engine needs to read Arabic. */
export const arabicEvents: EventLanguage = {
  triggers: TRIGGERS,
  status: STATUS_CUES,
  generic: GENERIC_CUES,
  speculation: SPECULATION_CUES,
  /** prepositions that introduce a destination or place: `إلى الجزائر`, `في واشنطن`, `بالجزائر` */
  destination: ['إلى', 'الى', 'ل'],
  place: ['في', 'ب', 'بمقر', 'بالعاصمة', 'العاصمة'],
  /** `من X` after a receiving verb names the initiator: `تلقى اتصالا من X` */
  fromWords: ['من'],
  /** verbs of receiving: their subject is the target, `من X` the source */
  receiveVerbs: ['تلقى', 'تلقت', 'يتلقى', 'استقبل', 'استقبلت'],
  /** words that stand for the two countries the article is about: `بين البلدين` */
  pairWords: ['البلدين', 'البلدان', 'الجانبين', 'الجانبان', 'الطرفين', 'الطرفان', 'الدولتين', 'الدولتان'],
  /** words that open another clause, or the report of the event (`وفق بيان … اليوم الثلاثاء`): a date beyond one belongs there */
  clauseBreaks: ['حيث', 'الذي', 'التي', 'الذين', 'اللذين', 'عندما', 'بينما', 'لكن', 'إلا', 'منذ', 'كما', 'وفق', 'وفقا', 'حسب', 'بحسب', 'نقلا',
    'تغطي', 'يغطي', 'تمتد', 'يمتد', 'تسري', 'يسري'],
  /** the period an agreement covers is not when an event happened: `خارطة طريق تغطي الفترة
   * الممتدة من 2020 إلى 2030`, `تمتد إلى غاية سنة 2030` */
  sinceWords: ['منذ', 'مذ'],
  periodCues: ['تغطي', 'يغطي', 'تمتد', 'يمتد', 'الممتدة', 'الممتد', 'تسري', 'يسري', 'صالحة', 'غاية', 'لغاية', 'مدتها', 'مدته'],
  relativePronouns: ['الذي', 'التي', 'الذين', 'اللذين'],
  /** ordinals after a definite trigger make it a new, numbered event (`الاجتماع السابع`), not a
   * reference back to one already told */
  ordinals: [
    'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي', 'الثاني عشر',
    'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة', 'الحادية', 'السنوي', 'السنوية',
  ],
  /** a trigger right after one of these frames the clause's event in time (`خلال الحوار المشترك،
   * بحثت مائدة مستديرة …`: the roundtable took place during the dialogue, it is not the dialogue) */
  frameWords: ['خلال', 'أثناء', 'هامش', 'ختام', 'عقب', 'إثر', 'اثر', 'بعد', 'قبل', 'طيلة', 'طوال', 'قبيل', 'بعيد', 'غداة', 'عشية', 'مطلع', 'بداية', 'نهاية'],
  /** `اختتم أمس 6 ديسمبر حوار …` dates the dialogue's last day; `انطلقت اليوم مناورات …` its first */
  boundaries: {
    start: ['افتتح', 'افتتحت', 'انطلق', 'انطلقت', 'تنطلق', 'بدأ', 'بدأت', 'بدات', 'افتتاح', 'انطلاق', 'استهل', 'استهلت'],
    end: ['اختتم', 'اختتمت', 'اختتام', 'ختام', 'انتهى', 'انتهت', 'انتهاء'],
  },
  /** `الدولة الواقعة في شمال إفريقيا` describes a country; it does not place the event */
  situatedWords: ['الواقعة', 'الواقع', 'الواقعتين', 'الواقعين', 'المطلة', 'المطل', 'المتاخمة', 'المجاورة', 'الكائن', 'الكائنة'],
  /** `وحضر الحدث ممثلون … بمن فيهم …`, `وترأس اللواء … وفد بلاده`: who attended or led it */
  attendanceCues: ['حضر', 'حضره', 'حضرها', 'ترأس', 'ترأسه', 'ترأسها', 'رأس', 'يرأس', 'قاد', 'ضم', 'يضم', 'شارك', 'شاركت', 'بحضور', 'بمشاركة', 'الوفد', 'وفد', 'وفدا'],
  /** the words after a trigger noun name the event (`حوار عسكري مشترك`, `مائدة مستديرة`) up to
   * one of these */
  nameStops: [
    'بين', 'مع', 'على', 'عن', 'من', 'إلى', 'الى', 'في', 'حول', 'بشأن', 'لدى', 'عند', 'منذ', 'خلال', 'أثناء', 'قبل', 'بعد', 'ضد', 'نحو',
    'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'هما', 'أن', 'إن', 'أنه', 'التي', 'الذي', 'الذين', 'قد', 'لم', 'لن', 'كان', 'كانت', 'يوم', 'أمس', 'اليوم', 'غدا',
  ],
  /** words that introduce what an event was about */
  /** words after which comes what an event was about: prepositions, verbal nouns of purpose, and
   * dual verbs whose subject is in the verb (`بحثا تطورات الوضع`); a singular verb's subject
   * usually comes first (`وتناول اللقاء الوضع …`), so it is skipped when it is a trigger */
  topicMarkers: ['حول', 'بشأن', 'بخصوص', 'لبحث', 'لمناقشة', 'لتدارس', 'تناول', 'تناولت', 'تناولا', 'بحثا', 'ناقشا', 'تطرقا', 'تدارسا', 'استعرضا'],
  conjunctionBeforeArticle: 'وال(?=..)',
  topicEnds: ['لتعزيز', 'بهدف', 'قصد', 'من أجل', 'أجل', 'بغية', 'بما', 'مع', 'بين', 'حيث', 'وذلك', 'إضافة', 'علاوة', 'على', 'خلال', 'بحضور', 'بمشاركة'],
};
