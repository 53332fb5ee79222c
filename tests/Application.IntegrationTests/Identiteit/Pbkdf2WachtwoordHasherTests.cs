using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Infrastructure.Identiteit;

namespace PassendOnderwijs.Application.IntegrationTests.Identiteit;

/// <summary>
/// The password hasher as the product registers it. The API's functional tests replace it by one with a small work
/// factor (to keep the suite fast), so the production work factor is pinned here.
/// </summary>
public class Pbkdf2WachtwoordHasherTests
{
    private const string Wachtwoord = "Een-goed-wachtwoord-1";

    [Test]
    public void The_registered_hasher_stores_PBKDF2_SHA512_with_the_OWASP_work_factor_and_a_fresh_salt()
    {
        var hasher = TestOmgeving.Services.GetRequiredService<IWachtwoordHasher>();

        var eerste = hasher.Hash(Wachtwoord);
        var tweede = hasher.Hash(Wachtwoord);

        var delen = eerste.Split('$');
        delen.Length.ShouldBe(4);
        delen[0].ShouldBe("pbkdf2-sha512");
        delen[1].ShouldBe("210000");
        Convert.FromBase64String(delen[2]).Length.ShouldBe(16);
        Convert.FromBase64String(delen[3]).Length.ShouldBe(32);
        tweede.ShouldNotBe(eerste, "each hash has its own salt");
        hasher.Klopt(Wachtwoord, eerste).ShouldBeTrue();
        hasher.Klopt(Wachtwoord, tweede).ShouldBeTrue();
        hasher.Klopt("Een-goed-wachtwoord-2", eerste).ShouldBeFalse();
    }

    [Test]
    public void A_hash_made_with_another_work_factor_is_checked_with_the_factor_it_names()
    {
        var oud = new Pbkdf2WachtwoordHasher(iteraties: 1_000).Hash(Wachtwoord);
        var hasher = new Pbkdf2WachtwoordHasher();

        oud.Split('$')[1].ShouldBe("1000");
        hasher.Klopt(Wachtwoord, oud).ShouldBeTrue();
        hasher.Klopt("fout", oud).ShouldBeFalse();
    }

    [TestCase("")]
    [TestCase("bcrypt$10$zout$hash")]
    [TestCase("pbkdf2-sha512$0$AAAA$AAAA")]
    [TestCase("pbkdf2-sha512$veel$AAAA$AAAA")]
    [TestCase("pbkdf2-sha512$1000$AAAA")]
    public void A_stored_value_that_is_no_hash_of_this_kind_never_matches(string opgeslagen) =>
        new Pbkdf2WachtwoordHasher().Klopt(Wachtwoord, opgeslagen).ShouldBeFalse();
}
