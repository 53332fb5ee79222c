namespace PassendOnderwijs.TestSupport;

/// <summary>
/// The four official OSO example dossiers (PaO profiles 2019.1), read from the shared folder next to the checkout
/// (<c>../shared/oso</c>, where the OSO files are kept) when it is there, and otherwise from the copies in
/// <c>tests/TestData/Oso</c>, so a clone elsewhere still tests against the same bytes (a test checks they are equal).
/// </summary>
public static class OsoVoorbeelden
{
    public const string PoVolledig = "Voorbeelddossier_PaO_POSWV_full.xml";
    public const string PoOptUit = "Voorbeelddossier_PaO_POSWV_opt_out.xml";
    public const string VoVolledig = "Voorbeelddossier_PaO_VOSWV_full.xml";
    public const string VoOptUit = "Voorbeelddossier_PaO_VOSWV_opt_out.xml";

    public static IReadOnlyList<string> Alle { get; } = [PoVolledig, PoOptUit, VoVolledig, VoOptUit];

    /// <summary>The shared folder with the official files, or null when this checkout has none beside it.</summary>
    public static string? Gedeeld { get; } = Directory.Exists(Path.Combine(Repository.Root, "..", "shared", "oso"))
        ? Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "oso"))
        : null;

    public static string Kopieen { get; } = Path.Combine(Repository.Root, "tests", "TestData", "Oso");

    public static string Pad(string naam) => Path.Combine(Gedeeld ?? Kopieen, naam);

    public static byte[] Lees(string naam) => File.ReadAllBytes(Pad(naam));

    public static string Tekst(string naam) => File.ReadAllText(Pad(naam));
}
