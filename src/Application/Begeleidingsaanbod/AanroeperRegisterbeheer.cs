using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

internal static class AanroeperRegisterbeheer
{
    /// <summary>What the caller may change in the register; a client (LAS) has no roles and so only reads.</summary>
    public static Registerbeheer Registerbeheer(this IHuidigeGebruiker aanroeper)
    {
        ArgumentNullException.ThrowIfNull(aanroeper);
        return Domain.Begeleidingsaanbod.Registerbeheer.Van(aanroeper.PersoonlijkeRollen(), aanroeper.Samenwerkingsverband);
    }
}
