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

    [Fact]
    public void Leichte_Sprache_has_the_resident_pages_name_and_the_former_tag_still_reads_as_it()
    {
        // A print link made from a Leichte Sprache page carries the page's culture, de-XL (issue 23).
        Assert.Equal(Lebenswelten.Core.Common.ResidentLanguage.EasyGerman, VoucherLanguages.EasyGerman);
        Assert.Equal("Leichte Sprache", VoucherPrintTexts.For("de-XL").LanguageName);
        // Vouchers stored, and links and API clients written, before that said de-x-ls.
        Assert.True(VoucherLanguages.IsKnown("de-x-ls"));
        Assert.Equal("de-XL", VoucherLanguages.Current("de-x-ls"));
        Assert.Same(VoucherPrintTexts.All["de-XL"], VoucherPrintTexts.For("de-x-ls"));
        Assert.Equal("uk", VoucherLanguages.Current("uk"));
    }
}
