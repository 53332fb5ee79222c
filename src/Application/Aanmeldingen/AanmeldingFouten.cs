using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Aanmeldingen;

internal static class AanmeldingFouten
{
    /// <summary>Also for an aanmelding the caller may not see (another school's).</summary>
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("aanmelding-onbekend", $"Er is geen aanmelding {id} die u mag zien.");

    public static Fout OnbekendeSchool(string veld) => Fout.Ongeldig("school-onbekend", "Kies een school uit het samenwerkingsverband.", veld);

    public static Fout NietEigenVestiging() =>
        Fout.Verboden("niet-eigen-vestiging", "U registreert alleen aanmeldingen bij uw eigen vestigingen.");

    public static Fout BestaatAl(Guid id) =>
        Fout.Conflict("aanmelding-bestaat", $"Deze leerling heeft bij deze school al een open aanmelding ({id}); besluit daar eerst over of leg de intrekking vast.");
}
