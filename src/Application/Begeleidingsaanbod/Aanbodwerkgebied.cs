using System.Linq.Expressions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// Whether an aanbod line reaches one of the given areas (samenwerkingsverband codes and/or four-digit postcode areas,
/// which never look alike) or the whole country, for the register search and the matching alike. Written as array
/// overlap (&amp;&amp;), which the werkgebied's GIN indexes serve (migration WerkgebiedIndexen); "x = ANY(werkgebied)" would
/// read every line of the register.
/// </summary>
internal static class Aanbodwerkgebied
{
    public static Expression<Func<AangebodenBegeleiding, bool>> Reikt(IEnumerable<string> gebieden)
    {
        string[] lijst = [.. gebieden];
        return a => (a.Werkgebied.Samenwerkingsverbanden.Count == 0 && a.Werkgebied.Postcodegebieden.Count == 0)
            || a.Werkgebied.Samenwerkingsverbanden.Any(s => lijst.Contains(s))
            || a.Werkgebied.Postcodegebieden.Any(p => lijst.Contains(p));
    }
}
