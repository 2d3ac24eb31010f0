using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Referrals;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class VoucherPrintTextTests
{
    [Fact]
    public void Every_voucher_language_has_every_sentence_and_every_category_and_only_arabic_runs_right_to_left()
    {
        Assert.Equal(VoucherLanguages.All.Order(), VoucherPrintTexts.All.Keys.Order());
        foreach (var (language, text) in VoucherPrintTexts.All)
        {
            var sentences = new[] { text.LanguageName, text.Title, text.Intro, text.Voluntary, text.Suggested, text.ValidUntil, text.Code,
                text.HowTo, text.MailHowTo, text.NoAccount, text.Note };
            Assert.All(sentences, s => Assert.False(string.IsNullOrWhiteSpace(s), language));
            Assert.Equal(Enum.GetValues<OfferingCategory>().Order(), text.Categories.Keys.Order());
            Assert.Equal(language == "ar", VoucherLanguages.IsRightToLeft(language));
        }
        Assert.Equal(VoucherPrintTexts.All["de"], VoucherPrintTexts.For("klingonisch"));
    }
}
