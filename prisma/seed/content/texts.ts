// The words of the demo content that the seed generates (SCORM pages, video captions, PDF resources), in every
// interface language. Course titles come from the course itself.
import type { Locale } from "../../../lib/i18n/locales";

export interface DemoTexts {
  page: string;
  of: string;
  next: string;
  previous: string;
  resume: string;
  pages: [string, string, string];
  quiz: string;
  submit: string;
  passed: string;
  failed: string;
  questions: [string, string, string];
  yes: string;
  no: string;
  captions: [string, string, string, string];
  resource: string;
  resourceBody: string;
}

export const DEMO_TEXTS: Record<Locale, DemoTexts> = {
  en: {
    page: "Page",
    of: "of",
    next: "Next",
    previous: "Previous",
    resume: "Welcome back: you continue where you stopped.",
    pages: [
      "What this course is about and what you will be able to do at the end.",
      "The key rules, with an example from a border crossing.",
      "How the rules apply in your administration, and where to find help.",
    ],
    quiz: "Check your understanding",
    submit: "Submit answers",
    passed: "Passed",
    failed: "Not passed yet: read the pages again and retry.",
    questions: [
      "Customs rules are agreed internationally through the WCO.",
      "A declaration can never be corrected after it is lodged.",
      "Risk management helps focus controls where they matter.",
    ],
    yes: "True",
    no: "False",
    captions: [
      "Welcome to this course.",
      "Watch the key ideas.",
      "Apply them at the border.",
      "Thank you for watching.",
    ],
    resource: "Reading material",
    resourceBody: "This document summarises the course. Keep it for reference.",
  },
  fr: {
    page: "Page",
    of: "sur",
    next: "Suivant",
    previous: "Précédent",
    resume: "Bon retour : vous reprenez là où vous vous étiez arrêté.",
    pages: [
      "L'objet de ce cours et ce que vous saurez faire à la fin.",
      "Les règles essentielles, avec un exemple tiré d'un poste frontière.",
      "Comment les règles s'appliquent dans votre administration, et où trouver de l'aide.",
    ],
    quiz: "Vérifiez vos connaissances",
    submit: "Envoyer les réponses",
    passed: "Réussi",
    failed: "Pas encore réussi : relisez les pages et réessayez.",
    questions: [
      "Les règles douanières sont convenues au niveau international par l'OMD.",
      "Une déclaration ne peut jamais être corrigée après son dépôt.",
      "La gestion des risques aide à cibler les contrôles là où ils comptent.",
    ],
    yes: "Vrai",
    no: "Faux",
    captions: [
      "Bienvenue dans ce cours.",
      "Voici les idées clés.",
      "Appliquez-les à la frontière.",
      "Merci de votre attention.",
    ],
    resource: "Documentation",
    resourceBody: "Ce document résume le cours. Conservez-le pour référence.",
  },
  es: {
    page: "Página",
    of: "de",
    next: "Siguiente",
    previous: "Anterior",
    resume: "Bienvenido de nuevo: continúa donde lo dejó.",
    pages: [
      "De qué trata este curso y qué sabrá hacer al final.",
      "Las reglas clave, con un ejemplo de un paso fronterizo.",
      "Cómo se aplican las reglas en su administración y dónde encontrar ayuda.",
    ],
    quiz: "Compruebe lo aprendido",
    submit: "Enviar respuestas",
    passed: "Aprobado",
    failed: "Aún no aprobado: vuelva a leer las páginas e inténtelo de nuevo.",
    questions: [
      "Las normas aduaneras se acuerdan internacionalmente a través de la OMA.",
      "Una declaración nunca puede corregirse después de presentada.",
      "La gestión de riesgos ayuda a centrar los controles donde importan.",
    ],
    yes: "Verdadero",
    no: "Falso",
    captions: [
      "Bienvenido a este curso.",
      "Estas son las ideas clave.",
      "Aplíquelas en la frontera.",
      "Gracias por su atención.",
    ],
    resource: "Material de lectura",
    resourceBody: "Este documento resume el curso. Consérvelo como referencia.",
  },
  pt: {
    page: "Página",
    of: "de",
    next: "Seguinte",
    previous: "Anterior",
    resume: "Bem-vindo de volta: continua onde parou.",
    pages: [
      "Do que trata este curso e o que saberá fazer no fim.",
      "As regras principais, com um exemplo de uma fronteira.",
      "Como as regras se aplicam na sua administração e onde encontrar ajuda.",
    ],
    quiz: "Verifique o que aprendeu",
    submit: "Enviar respostas",
    passed: "Aprovado",
    failed: "Ainda não aprovado: releia as páginas e tente de novo.",
    questions: [
      "As regras aduaneiras são acordadas internacionalmente através da OMA.",
      "Uma declaração nunca pode ser corrigida depois de apresentada.",
      "A gestão de risco ajuda a concentrar os controlos onde importam.",
    ],
    yes: "Verdadeiro",
    no: "Falso",
    captions: [
      "Bem-vindo a este curso.",
      "Estas são as ideias principais.",
      "Aplique-as na fronteira.",
      "Obrigado pela atenção.",
    ],
    resource: "Material de leitura",
    resourceBody: "Este documento resume o curso. Guarde-o para consulta.",
  },
  "pt-BR": {
    page: "Página",
    of: "de",
    next: "Próxima",
    previous: "Anterior",
    resume: "Bem-vindo de volta: você continua de onde parou.",
    pages: [
      "Do que trata este curso e o que você saberá fazer no final.",
      "As regras principais, com um exemplo de um posto de fronteira.",
      "Como as regras se aplicam na sua administração e onde encontrar ajuda.",
    ],
    quiz: "Verifique o que aprendeu",
    submit: "Enviar respostas",
    passed: "Aprovado",
    failed: "Ainda não aprovado: releia as páginas e tente novamente.",
    questions: [
      "As regras aduaneiras são acordadas internacionalmente por meio da OMA.",
      "Uma declaração nunca pode ser corrigida depois de registrada.",
      "A gestão de risco ajuda a concentrar os controles onde importam.",
    ],
    yes: "Verdadeiro",
    no: "Falso",
    captions: [
      "Bem-vindo a este curso.",
      "Estas são as ideias principais.",
      "Aplique-as na fronteira.",
      "Obrigado pela atenção.",
    ],
    resource: "Material de leitura",
    resourceBody: "Este documento resume o curso. Guarde-o para consulta.",
  },
  ru: {
    page: "Страница",
    of: "из",
    next: "Далее",
    previous: "Назад",
    resume: "С возвращением: вы продолжаете с того места, где остановились.",
    pages: [
      "О чём этот курс и чему вы научитесь.",
      "Основные правила на примере пограничного пункта.",
      "Как правила применяются в вашей администрации и где найти помощь.",
    ],
    quiz: "Проверьте себя",
    submit: "Отправить ответы",
    passed: "Сдано",
    failed: "Пока не сдано: перечитайте страницы и попробуйте снова.",
    questions: [
      "Таможенные правила согласуются на международном уровне через ВТамО.",
      "Декларацию нельзя исправить после её подачи.",
      "Управление рисками помогает направлять контроль туда, где он важен.",
    ],
    yes: "Верно",
    no: "Неверно",
    captions: ["Добро пожаловать на курс.", "Главные идеи.", "Применяйте их на границе.", "Спасибо за внимание."],
    resource: "Материалы для чтения",
    resourceBody: "Этот документ кратко излагает курс. Сохраните его для справки.",
  },
  ar: {
    page: "الصفحة",
    of: "من",
    next: "التالي",
    previous: "السابق",
    resume: "مرحبًا بعودتك: تتابع من حيث توقفت.",
    pages: [
      "موضوع هذه الدورة وما ستتمكن من القيام به في نهايتها.",
      "القواعد الأساسية مع مثال من أحد المنافذ الحدودية.",
      "كيف تطبق القواعد في إدارتك وأين تجد المساعدة.",
    ],
    quiz: "تحقق من فهمك",
    submit: "إرسال الإجابات",
    passed: "ناجح",
    failed: "لم تنجح بعد: أعد قراءة الصفحات وحاول مجددًا.",
    questions: [
      "يتم الاتفاق على القواعد الجمركية دوليًا من خلال المنظمة.",
      "لا يمكن أبدًا تصحيح التصريح بعد تقديمه.",
      "تساعد إدارة المخاطر على تركيز الرقابة حيث تكون مهمة.",
    ],
    yes: "صحيح",
    no: "خطأ",
    captions: ["مرحبًا بك في هذه الدورة.", "إليك الأفكار الأساسية.", "طبقها على الحدود.", "شكرًا على المشاهدة."],
    resource: "مواد للقراءة",
    resourceBody: "تلخص هذه الوثيقة الدورة. احتفظ بها للرجوع إليها.",
  },
};

/** The answers of the SCORM quiz's three questions (true, false, true), in the order above. */
export const SCORM_ANSWERS = [true, false, true];
