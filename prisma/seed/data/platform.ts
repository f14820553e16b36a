// Demo platform settings: the signatory of certificates and short Terms and Conditions in every language.
export const SECRETARY_GENERAL = "Ian Saunders";

export const TERMS: Record<string, string> = {
  en: "These demo Terms and Conditions govern the use of the learning platform.\n\n- Your account is personal: do not share your password.\n- Courses reserved for Customs officers must not be passed on.\n- Your learning records are kept for your administration and the WCO.",
  fr: "Ces conditions générales de démonstration régissent l'utilisation de la plateforme d'apprentissage.\n\n- Votre compte est personnel : ne partagez pas votre mot de passe.\n- Les cours réservés aux agents des douanes ne doivent pas être transmis.\n- Vos dossiers de formation sont conservés pour votre administration et l'OMD.",
  es: "Estas condiciones generales de demostración rigen el uso de la plataforma de aprendizaje.\n\n- Su cuenta es personal: no comparta su contraseña.\n- Los cursos reservados a funcionarios de aduanas no deben transmitirse.\n- Sus expedientes de formación se conservan para su administración y la OMA.",
  pt: "Estes termos e condições de demonstração regem a utilização da plataforma de aprendizagem.\n\n- A sua conta é pessoal: não partilhe a sua palavra-passe.\n- Os cursos reservados a funcionários aduaneiros não devem ser transmitidos.\n- Os seus registos de formação são conservados para a sua administração e a OMA.",
  "pt-BR":
    "Estes termos e condições de demonstração regem o uso da plataforma de aprendizagem.\n\n- Sua conta é pessoal: não compartilhe sua senha.\n- Os cursos reservados a servidores aduaneiros não devem ser repassados.\n- Seus registros de aprendizagem são mantidos para sua administração e a OMA.",
  ru: "Настоящие демонстрационные условия регулируют использование учебной платформы.\n\n- Ваша учётная запись личная: не передавайте свой пароль.\n- Курсы для таможенных служащих не подлежат передаче третьим лицам.\n- Ваши учебные записи хранятся для вашей администрации и ВТамО.",
  ar: "تنظم هذه الشروط والأحكام التجريبية استخدام منصة التعلم.\n\n- حسابك شخصي: لا تشارك كلمة المرور.\n- لا يجوز نقل الدورات المخصصة لموظفي الجمارك إلى الغير.\n- تُحفظ سجلات تعلمك لإدارتك وللمنظمة.",
};
