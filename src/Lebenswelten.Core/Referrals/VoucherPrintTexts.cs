using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Referrals;

/// <summary>
/// The printed voucher in German, Leichte Sprache, English, Arabic (right to left), Ukrainian, Russian and Turkish (issue 19:
/// the clients' most common languages). A new language is one more entry here and its tag in <c>VoucherLanguages</c>.
/// </summary>
public static class VoucherPrintTexts
{
    public static readonly IReadOnlyDictionary<string, VoucherPrintText> All = new Dictionary<string, VoucherPrintText>
    {
        ["de"] = new("Deutsch", "Gutschein für Gesundheitsangebote",
            "Mit diesem Gutschein können Sie sich für Angebote rund um Ihre Gesundheit in Ihrer Nähe anmelden.",
            "Die Teilnahme ist freiwillig. Das Jobcenter erfährt nicht, welches Angebot Sie wählen, und nichts über Ihre Gesundheit.",
            "Vorschläge", "Gültig bis", "Ihr Code",
            "So lösen Sie den Gutschein ein: QR-Code mit dem Handy scannen, oder die Adresse öffnen und den Code eingeben.",
            "So lösen Sie den Gutschein ein: Öffnen Sie diesen Link, der Code ist schon eingetragen.",
            "Sie brauchen kein Konto.", "Notiz für Sie",
            Categories("Bewegung", "Ernährung", "Stress und seelische Gesundheit", "Suchtvorbeugung", "Eltern und Familie", "Beratung", "Veranstaltung", "Sonstiges")),
        [VoucherLanguages.EasyGerman] = new("Leichte Sprache", "Gutschein für Ihre Gesundheit",
            "Das ist ein Gutschein. Mit dem Gutschein können Sie bei Angeboten mitmachen. Die Angebote sind gut für Ihre Gesundheit.",
            "Sie müssen nicht mitmachen. Sie entscheiden selbst. Das Jobcenter erfährt nicht: Welches Angebot Sie wählen. Das Jobcenter erfährt nichts über Ihre Gesundheit.",
            "Das können Sie machen", "Der Gutschein gilt bis", "Ihr Code",
            "So geht es: Nehmen Sie Ihr Handy. Scannen Sie den QR-Code. Oder: Öffnen Sie die Internet-Seite. Tippen Sie den Code ein.",
            "So geht es: Tippen Sie auf den Link. Der Code ist schon da.",
            "Sie brauchen kein Konto.", "Eine Nachricht für Sie",
            Categories("Sich bewegen", "Gut essen", "Weniger Stress", "Keine Sucht", "Eltern und Familie", "Beratung", "Treffen", "Anderes")),
        ["en"] = new("English", "Voucher for health offerings",
            "With this voucher you can register for offerings for your health near you.",
            "Taking part is voluntary. The jobcenter does not learn which offering you choose, nor anything about your health.",
            "Suggestions", "Valid until", "Your code",
            "How to redeem it: scan the QR code with your phone, or open the address and type in the code.",
            "How to redeem it: open this link, the code is already filled in.",
            "You do not need an account.", "A note for you",
            Categories("Exercise", "Nutrition", "Stress and mental health", "Addiction prevention", "Parenting and family", "Counselling", "Event", "Other")),
        ["ar"] = new("العربية", "قسيمة لعروض صحية",
            "بهذه القسيمة يمكنك التسجيل في عروض من أجل صحتك بالقرب منك.",
            "المشاركة طوعية. لا يعرف مركز العمل (Jobcenter) أي عرض تختار، ولا أي شيء عن صحتك.",
            "اقتراحات", "صالحة حتى", "رمزك",
            "طريقة الاستخدام: امسح رمز QR بهاتفك، أو افتح العنوان وأدخل الرمز.",
            "طريقة الاستخدام: افتح هذا الرابط، الرمز مُدخل مسبقًا.",
            "لا تحتاج إلى حساب.", "ملاحظة لك",
            Categories("الحركة والرياضة", "التغذية", "الضغط النفسي والصحة النفسية", "الوقاية من الإدمان", "الوالدان والأسرة", "الاستشارة", "فعالية", "غير ذلك")),
        ["uk"] = new("Українська", "Ваучер на заходи для здоров'я",
            "З цим ваучером ви можете записатися на заходи для вашого здоров'я поблизу.",
            "Участь добровільна. Jobcenter не дізнається, який захід ви оберете, і нічого про ваше здоров'я.",
            "Пропозиції", "Дійсний до", "Ваш код",
            "Як скористатися: відскануйте QR-код телефоном або відкрийте адресу та введіть код.",
            "Як скористатися: відкрийте це посилання, код уже введено.",
            "Обліковий запис не потрібен.", "Примітка для вас",
            Categories("Рух", "Харчування", "Стрес і психічне здоров'я", "Профілактика залежностей", "Батьки та сім'я", "Консультація", "Захід", "Інше")),
        ["ru"] = new("Русский", "Ваучер на занятия для здоровья",
            "С этим ваучером вы можете записаться на занятия для вашего здоровья рядом с вами.",
            "Участие добровольное. Jobcenter не узнает, какое занятие вы выберете, и ничего о вашем здоровье.",
            "Предложения", "Действителен до", "Ваш код",
            "Как воспользоваться: отсканируйте QR-код телефоном или откройте адрес и введите код.",
            "Как воспользоваться: откройте эту ссылку, код уже введён.",
            "Учётная запись не нужна.", "Заметка для вас",
            Categories("Движение", "Питание", "Стресс и психическое здоровье", "Профилактика зависимостей", "Родители и семья", "Консультация", "Мероприятие", "Другое")),
        ["tr"] = new("Türkçe", "Sağlık hizmetleri için kupon",
            "Bu kuponla yakınınızdaki sağlığınız için olan hizmetlere kaydolabilirsiniz.",
            "Katılım isteğe bağlıdır. Jobcenter hangi hizmeti seçtiğinizi ve sağlığınızla ilgili hiçbir şeyi öğrenmez.",
            "Öneriler", "Geçerlilik tarihi", "Kodunuz",
            "Nasıl kullanılır: QR kodunu telefonunuzla tarayın veya adresi açıp kodu girin.",
            "Nasıl kullanılır: bu bağlantıyı açın, kod zaten girilmiş.",
            "Hesaba ihtiyacınız yok.", "Size bir not",
            Categories("Hareket", "Beslenme", "Stres ve ruh sağlığı", "Bağımlılığı önleme", "Ebeveynler ve aile", "Danışmanlık", "Etkinlik", "Diğer")),
    };

    /// <summary>The words of a language; German for one the voucher does not know.</summary>
    public static VoucherPrintText For(string? language) =>
        All.TryGetValue(VoucherLanguages.Current(language ?? ""), out var text) ? text : All["de"];

    private static Dictionary<OfferingCategory, string> Categories(params string[] names) =>
        Enum.GetValues<OfferingCategory>().Zip(names).ToDictionary(p => p.First, p => p.Second);
}
