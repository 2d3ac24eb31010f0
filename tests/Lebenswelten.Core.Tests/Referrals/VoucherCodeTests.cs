using Lebenswelten.Core.Referrals;

namespace Lebenswelten.Core.Tests.Referrals;

public sealed class VoucherCodeTests
{
    [Fact]
    public void A_code_carries_at_least_sixty_bits_and_none_of_the_look_alike_characters()
    {
        Assert.True(VoucherCodes.EntropyBits >= 60, $"{VoucherCodes.EntropyBits} bits");
        var codes = Enumerable.Range(0, 2000).Select(_ => VoucherCodes.Create()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code =>
        {
            Assert.Matches("^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$", code);
            Assert.DoesNotContain(code, c => "0O1lI".Contains(c));
        });
    }

    [Fact]
    public void A_code_typed_in_lower_case_with_spaces_reads_as_the_printed_one_and_nonsense_reads_as_none()
    {
        var code = VoucherCodes.Create();
        var typed = " " + code.Replace("-", " ").ToLowerInvariant() + " ";
        Assert.Equal(VoucherCodes.Hash(VoucherCodes.Normalise(code)!), VoucherCodes.Hash(VoucherCodes.Normalise(typed)!));
        Assert.Null(VoucherCodes.Normalise("ABCDE-FGHJK-MNPQ0"));
        Assert.Null(VoucherCodes.Normalise("ABCDE"));
        Assert.Null(VoucherCodes.Normalise(new string('A', 500)));
        Assert.Null(VoucherCodes.Normalise(null));
    }
}
