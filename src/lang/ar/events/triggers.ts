/**
 * Event triggers of defence and security diplomacy: the words that say a meeting, visit, call,
 * signing, exercise, port call, delivery or statement happened (or is planned). Each entry lists
 * its words as `lemma|inflection|…` groups, as written without the clitics و ف ب ل ك ال (the
 * matcher strips them); two mentions of one lemma in a document may be one event,
 * its PLOVER type and mode, and how its grammatical subject relates to the event: a visitor
 * (`source`), a host (`target`), or either (`both`). `requires` lists words of which one must
 * stand in the same clause, for words that are triggers only in that company (`اتصال` is a
 * phone call only when `هاتفي` is near). Matching is on normalised text.
 */
import type { TriggerEntry } from '../../../events/event-language.js';

export const TRIGGERS: readonly TriggerEntry[] = [
  {
    name: 'meet-verb', type: 'CONSULT', mode: 'meeting', pos: 'verb', subject: 'both',
    forms: ['التقى|التقت|التقيا|التقتا|التقوا|يلتقي|تلتقي|يلتقيان|تلتقيان|يلتقون|سيلتقي|ستلتقي', 'اجتمع|اجتمعت|اجتمعا|اجتمعوا|يجتمع|تجتمع|يجتمعان|سيجتمع|ستجتمع'],
  },
  {
    name: 'receive-verb', type: 'CONSULT', mode: 'meeting', pos: 'verb', subject: 'target',
    forms: ['استقبل|استقبلت|يستقبل|تستقبل|سيستقبل|ستستقبل|استقبله|استقبلها'],
  },
  {
    name: 'talks-verb', type: 'CONSULT', mode: 'meeting', pos: 'verb', subject: 'both',
    forms: ['بحث|بحثا|بحثت|بحثتا|يبحث|تبحث|يبحثان|تبحثان|سيبحث|ستبحث|تباحث|تباحثا|يتباحث|يتباحثان', 'ناقش|ناقشا|ناقشت|يناقش|يناقشان', 'تناول|تناولا'],
    requires: ['مع', 'نظيره', 'نظيرته', 'نظيريه', 'الطرفان', 'الجانبان', 'الطرفين', 'الجانبين', 'الزعيمان', 'الوزيران', 'الوفدان', 'وفد', 'الوفد', 'لقاء', 'اللقاء', 'الاجتماع', 'اجتماع', 'المحادثات', 'مباحثات', 'المباحثات'],
  },
  {
    name: 'meeting-noun', type: 'CONSULT', mode: 'meeting', pos: 'noun', subject: 'both',
    forms: ['لقاء|لقائه|لقائها|لقائهما', 'اجتماع|اجتماعا|اجتماعه|اجتماعها|اجتماعهما', 'مباحثات|محادثات|مشاورات', 'مائدة', 'قمة'],
  },
  {
    name: 'dialogue-noun', type: 'CONSULT', mode: 'dialogue', pos: 'noun', subject: 'both',
    forms: ['حوار|حوارا|حوارهما'],
    requires: ['عسكري', 'العسكري', 'استراتيجي', 'الاستراتيجي', 'الاستراتيجية', 'أمني', 'الأمني', 'دفاعي', 'الدفاعي', 'المشترك', 'مشترك', 'الثنائي'],
  },
  {
    name: 'visit-verb', type: 'CONSULT', mode: 'visit', pos: 'verb', subject: 'source',
    forms: ['زار|زارت|زارا|يزور|تزور|سيزور|ستزور'],
  },
  {
    // arriving is a visit only on the way to a place or a visit
    name: 'arrive-verb', type: 'CONSULT', mode: 'visit', pos: 'verb', subject: 'source',
    forms: ['حل|حلت|يحل|سيحل', 'وصل|وصلت|يصل|سيصل', 'توجه|يتوجه'],
    requires: ['زيارة', 'زياره', 'إلى', 'الى', 'ضيفا', 'بالعاصمة', 'بمطار', 'العاصمة', 'زيارته', 'زيارتها', 'جولة'],
  },
  {
    name: 'visit-noun', type: 'CONSULT', mode: 'visit', pos: 'noun', subject: 'source',
    forms: ['زيارة|زيارته|زيارتها|زيارتهما|زيارتين', 'جولة|جولته|جولتها'],
  },
  {
    name: 'phone-noun', type: 'CONSULT', mode: 'phone', pos: 'noun', subject: 'both',
    forms: ['مكالمة', 'اتصال|اتصالا|اتصالاً'],
    requires: ['هاتفية', 'هاتفيا', 'هاتفي', 'هاتفياً', 'الهاتفية', 'الهاتفي', 'مرئي', 'مرئية'],
  },
  {
    name: 'phone-verb', type: 'CONSULT', mode: 'phone', pos: 'verb', subject: 'source',
    forms: ['هاتف|هاتفت|يهاتف', 'اتصل|اتصلت|يتصل'],
    requires: ['هاتفيا', 'هاتفياً', 'هاتفي', 'بنظيره', 'بنظيرته', 'نظيره', 'بالرئيس', 'برئيس', 'بوزير'],
  },
  {
    name: 'sign-verb', type: 'SUPPORT', mode: 'sign', pos: 'verb', subject: 'both',
    forms: ['وقع|وقعت|وقعا|وقعتا|وقعوا|يوقع|توقع|يوقعان|توقعان|سيوقع|ستوقع|سيوقعان', 'صادق|صادقت|يصادق', 'أبرم|أبرمت|أبرما|يبرم'],
    requires: ['اتفاقية', 'اتفاق', 'مذكرة', 'اتفاقيات', 'مذكرات', 'عقد', 'عقدا', 'صفقة', 'بروتوكول', 'خارطة', 'خطة', 'إعلان', 'برنامج', 'معاهدة', 'ميثاق'],
  },
  {
    name: 'sign-noun', type: 'SUPPORT', mode: 'sign', pos: 'noun', subject: 'both',
    forms: ['توقيع|توقيعها|توقيعه|توقيعهما', 'مصادقة', 'إبرام'],
    requires: ['اتفاقية', 'اتفاق', 'مذكرة', 'اتفاقيات', 'مذكرات', 'عقد', 'صفقة', 'بروتوكول', 'خارطة', 'معاهدة'],
  },
  {
    name: 'exercise', type: 'COOPERATE', mode: 'exercise', pos: 'noun', subject: 'both',
    forms: ['مناورات|مناورة', 'تمرين|تمرينا|تمارين'],
    // close enough for a quoted name between: `مناورات "الأسد الإفريقي" المشتركة`
    requiresWithin: 6,
    requires: ['مشترك', 'مشتركة', 'المشترك', 'المشتركة', 'بمشاركة', 'عسكرية', 'العسكرية', 'بحرية', 'البحرية', 'جوية', 'برية', 'عسكري', 'بحري'],
  },
  {
    // training is a topic of cooperation unless it is a joint event
    name: 'joint-training', type: 'COOPERATE', mode: 'exercise', pos: 'noun', subject: 'both',
    forms: ['تدريب|تدريبات'],
    requiresWithin: 2,
    requires: ['مشترك', 'مشتركة', 'المشترك', 'المشتركة'],
  },
  {
    name: 'port-call', type: 'COOPERATE', mode: 'port-call', pos: 'verb', subject: 'source',
    forms: ['رست|ترسو|رسو'],
    requires: ['ميناء', 'بميناء', 'الميناء', 'سفينة', 'فرقاطة', 'الفرقاطة', 'السفينة', 'مدمرة', 'غواصة', 'حاملة', 'البارجة'],
  },
  {
    name: 'delivery', type: 'AID', mode: 'delivery', pos: 'noun', subject: 'source',
    forms: ['تسليم|سلم|سلمت|يسلم', 'توريد', 'تزويد|زود|زودت|يزود', 'شحنة|شحنات', 'تسلم|تسلمت'],
    requires: ['أسلحة', 'الأسلحة', 'طائرات', 'طائرة', 'مقاتلات', 'مروحيات', 'دبابات', 'صواريخ', 'منظومات', 'منظومة', 'معدات', 'ذخائر', 'مدرعات', 'عتاد'],
  },
  {
    name: 'statement', type: 'STATEMENT', mode: 'statement', pos: 'noun', subject: 'source',
    forms: ['بيان|بيانا', 'بلاغ', 'تصريح|تصريحات'],
    requires: ['وفق', 'حسب', 'قال', 'قالت', 'أفاد', 'أوضح', 'أكد', 'جاء', 'صدر', 'أصدرت', 'أصدر', 'في'],
  },
];
