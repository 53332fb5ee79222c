using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Casuistiek;

/// <summary>A free-text field to check, by the name the API gives it (e.g. "ondersteuningsvraag").</summary>
public readonly record struct Toetsveld(string Veld, string? Tekst);

/// <summary>First name and last name of a pupil of the vestiging: a case text that names them is refused.</summary>
public sealed record Leerlingnaam(string Voornaam, string Achternaam);

/// <summary>
/// What the check needs besides the text: the pupils of the vestiging(en) concerned (looked up to check against, never
/// shown), the year the text is written in (a date in the years a pupil is born in is a date of birth), and words
/// that may be capitalised mid-sentence here (the regio and lokaal netwerk names).
/// </summary>
public sealed record Anonimiteitscontext(IReadOnlyCollection<Leerlingnaam> Leerlingen, int Jaar, IReadOnlyCollection<string> OokToegestaan)
{
    public static Anonimiteitscontext Zonder(int jaar) => new([], jaar, []);
}

/// <summary>
/// The outcome of the check: what is refused (400, the text is never stored) and what only may identify (the caller
/// must confirm with <c>anoniemBevestigd</c>). A problem names the field and the rule, never the text it found: the
/// text may be exactly what must not be kept, also not in a log or a problem response.
/// </summary>
public sealed record Toetsuitkomst(IReadOnlyList<Fout> Weigeringen, IReadOnlyList<Fout> Waarschuwingen)
{
    /// <summary>
    /// The problems that stop the text from being stored: every refusal; or, when there is none, every warning the
    /// caller has not confirmed. Empty: the text may be stored.
    /// </summary>
    public IReadOnlyList<Fout> Blokkerend(bool anoniemBevestigd) =>
        Weigeringen.Count > 0 ? Weigeringen : anoniemBevestigd ? [] : Waarschuwingen;
}

/// <summary>
/// The anonymity guard of casuïstiek (seed 004: cases are brought into the lokaal netwerk anonymously, and the data is
/// collected anonymously for policy). Pure and deliberately simple, so a school can understand why a text is refused:
/// <list type="bullet">
/// <item>refused: a BSN (nine digits, also written with dots or spaces, that pass the elfproef); a full date in the
/// years pupils are born in (3 to 21 years back: 14-03-2015, 4-3-15, 2015-03-14, 14 maart 2015); the first and last
/// name of a pupil registered at the vestiging;</item>
/// <item>warned: a run of eight or nine digits that is no BSN; a word with a capital letter in the middle of a sentence
/// that is not on the short list of ordinary ones (days, months, expertises, methods, institutions); an e-mail
/// address; a phone number; a street with a house number; an age together with a specific circumstance (tweeling,
/// pleeggezin, geadopteerd…).</item>
/// </list>
/// </summary>
public static partial class Anonimiteitstoets
{
    /// <summary>How far back a full date counts as a date of birth: the ages of pupils in primary and secondary education.</summary>
    public const int JongsteLeeftijd = 3;

    public const int OudsteLeeftijd = 21;

    private static readonly string[] Maanden =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly Dictionary<string, int> Maandnamen = MaakMaandnamen();

    /// <summary>Words written with a capital mid-sentence that say nothing about who the pupil is.</summary>
    private static readonly HashSet<string> Gewoon = new(
        [
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            .. Maanden,
            // The SWV's expertisegebieden and their words.
            "gedrag", "hoogbegaafdheid", "nieuwkomers", "jonge", "kind", "hechting", "trauma", "orthopedagogiek", "orthopedagoog", "cognitie",
            // Methods and programmes schools name.
            "kanjertraining", "kanjer", "rots", "water", "taakspel", "kiva", "leefstijl", "kwink", "vreedzame", "school", "pbs", "zien",
            "bouw", "connect", "cito", "iep", "parnassys", "esis", "leerlijnen", "denkstappen", "levelwerk", "acadin", "plustorens",
            "pittige", "snappet", "gynzy", "rekensprint", "taalsprint", "ralfi", "dyslexieprotocol", "protocol", "zorgplan",
            // Institutions, roles and kinds of support.
            "samenwerkingsverband", "passend", "onderwijs", "jeugdhulp", "wijkteam", "ggd", "veilig", "thuis", "jeugdarts", "logopedie",
            "fysiotherapie", "ergotherapie", "kinderfysiotherapie", "cluster", "basisondersteuning", "ondersteuningsvraag", "expert",
            "intern", "begeleider", "ib'er", "ib'ers", "leerkracht", "schoolleider", "directeur", "procesbegeleider", "ouders",
            "nederlands", "engels", "arabisch", "turks", "pools", "oekraïens", "oekraiens", "tigrinya", "syrisch", "frans", "duits", "spaans",
            "rekenen", "lezen", "spelling", "taal", "begrijpend", "technisch", "wereldoriëntatie", "wereldorientatie",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Circumstances that, next to an age, may point to one child.</summary>
    private static readonly string[] Bijzonderheden =
    [
        "tweeling", "drieling", "geadopteerd", "adoptie", "pleegkind", "pleeggezin", "pleegouder", "pleegouders", "overleden", "azc",
        "asielzoekerscentrum", "gevlucht", "uithuisplaatsing", "uit huis geplaatst", "gezinshuis", "zwanger", "weeskind",
    ];

    public static Toetsuitkomst Toets(IEnumerable<Toetsveld> velden, Anonimiteitscontext context)
    {
        ArgumentNullException.ThrowIfNull(velden);
        ArgumentNullException.ThrowIfNull(context);
        var weigeringen = new List<Fout>();
        var waarschuwingen = new List<Fout>();
        var namen = context.Leerlingen
            .Select(l => Normaliseer(l.Voornaam + " " + l.Achternaam))
            .Where(n => n.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var ookToegestaan = new HashSet<string>(
            context.OokToegestaan.SelectMany(w => Woord().Matches(w).Select(m => m.Value)), StringComparer.OrdinalIgnoreCase);

        foreach (var (veld, tekst) in velden)
        {
            if (string.IsNullOrWhiteSpace(tekst))
            {
                continue;
            }

            ToetsVeld(veld, tekst, namen, context.Jaar, ookToegestaan, weigeringen, waarschuwingen);
        }

        return new Toetsuitkomst(weigeringen, waarschuwingen);
    }

    /// <summary>The elfproef of a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not all zeros).</summary>
    public static bool Elfproef(string negenCijfers)
    {
        ArgumentNullException.ThrowIfNull(negenCijfers);
        if (negenCijfers.Length != 9 || !negenCijfers.All(char.IsAsciiDigit) || negenCijfers.All(c => c == '0'))
        {
            return false;
        }

        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (negenCijfers[i] - '0') * (9 - i);
        }

        som -= negenCijfers[8] - '0';
        return som % 11 == 0;
    }

    private static void ToetsVeld(
        string veld, string tekst, List<string> namen, int jaar, HashSet<string> ookToegestaan, List<Fout> weigeringen, List<Fout> waarschuwingen)
    {
        // What a rule has recognised is blanked out for the rules after it: a date or phone number is no BSN-like run.
        var rest = new StringBuilder(tekst);

        var geboortedatum = false;
        foreach (var (match, dag, maand, jaartal) in Datums(tekst))
        {
            Maskeer(rest, match);
            geboortedatum |= IsDatum(dag, maand, jaartal, jaar, out var volledigJaar) && volledigJaar >= jaar - OudsteLeeftijd && volledigJaar <= jaar - JongsteLeeftijd;
        }

        if (geboortedatum)
        {
            weigeringen.Add(Fout.Ongeldig(
                "geboortedatum-in-tekst",
                "Deze tekst bevat een datum die een geboortedatum kan zijn. Laat de datum weg of noem alleen maand en jaar.",
                veld));
        }

        var email = Maskeer(rest, Emailadres());
        var telefoon = Maskeer(rest, Telefoonnummer());

        var bsn = false;
        var nummer = false;
        foreach (Match run in Cijferreeks().Matches(rest.ToString()))
        {
            var cijfers = new string(run.Value.Where(char.IsAsciiDigit).ToArray());
            if (cijfers.Length == 9 && Elfproef(cijfers))
            {
                bsn = true;
            }
            else if (cijfers.Length is 8 or 9)
            {
                nummer = true;
            }
        }

        if (bsn)
        {
            weigeringen.Add(Fout.Ongeldig("bsn-in-tekst", "Deze tekst bevat een nummer dat een BSN kan zijn. Laat het weg.", veld));
        }

        var genormaliseerd = " " + Normaliseer(tekst) + " ";
        if (namen.Exists(n => genormaliseerd.Contains(" " + n + " ", StringComparison.Ordinal)))
        {
            weigeringen.Add(Fout.Ongeldig(
                "naam-van-leerling", "Deze tekst bevat de naam van een leerling van de school. Laat de naam weg.", veld));
        }

        if (nummer)
        {
            waarschuwingen.Add(Fout.RegelGeschonden(
                "nummer-in-tekst", "Deze tekst bevat een nummer van acht of negen cijfers. Laat het weg als het een BSN of ander persoonsnummer is.", veld));
        }

        if (HeeftOnbekendeHoofdletter(tekst, ookToegestaan))
        {
            waarschuwingen.Add(Fout.RegelGeschonden(
                "mogelijke-naam",
                "Deze tekst bevat midden in een zin een woord met een hoofdletter. Laat het weg als het een naam van de leerling, een familielid of een plaats is.",
                veld));
        }

        if (email)
        {
            waarschuwingen.Add(Fout.RegelGeschonden("emailadres-in-tekst", "Deze tekst bevat een e-mailadres. Laat het weg als het iemand aanwijst.", veld));
        }

        if (telefoon)
        {
            waarschuwingen.Add(Fout.RegelGeschonden("telefoonnummer-in-tekst", "Deze tekst bevat een telefoonnummer. Laat het weg als het iemand aanwijst.", veld));
        }

        if (Adres().IsMatch(tekst))
        {
            waarschuwingen.Add(Fout.RegelGeschonden("adres-in-tekst", "Deze tekst bevat een straat met huisnummer. Laat het adres weg.", veld));
        }

        if (Leeftijd().IsMatch(tekst) && Bijzonderheden.Any(b => genormaliseerd.Contains(" " + b + " ", StringComparison.Ordinal)))
        {
            waarschuwingen.Add(Fout.RegelGeschonden(
                "leeftijd-met-detail",
                "Deze tekst noemt een leeftijd samen met een bijzondere omstandigheid. Samen kunnen die de leerling herkenbaar maken.",
                veld));
        }
    }

    private static IEnumerable<(Match Match, int Dag, int Maand, string Jaar)> Datums(string tekst)
    {
        foreach (Match m in DatumDmj().Matches(tekst))
        {
            yield return (m, Getal(m.Groups["d"].Value), Getal(m.Groups["m"].Value), m.Groups["j"].Value);
        }

        foreach (Match m in DatumJmd().Matches(tekst))
        {
            yield return (m, Getal(m.Groups["d"].Value), Getal(m.Groups["m"].Value), m.Groups["j"].Value);
        }

        foreach (Match m in DatumInWoorden().Matches(tekst))
        {
            var maand = Maandnamen.GetValueOrDefault(m.Groups["m"].Value.ToLowerInvariant().TrimEnd('.'));
            yield return (m, Getal(m.Groups["d"].Value), maand, m.Groups["j"].Value);
        }
    }

    private static bool IsDatum(int dag, int maand, string jaartal, int ditJaar, out int jaar)
    {
        jaar = Getal(jaartal);
        if (jaartal.Length == 2)
        {
            // Two digits: this century unless that lies in the future.
            jaar += 2000 + jaar > ditJaar ? 1900 : 2000;
        }

        return maand is >= 1 and <= 12 && jaar is >= 1 and <= 9999 && dag >= 1 && dag <= DateTime.DaysInMonth(jaar, maand);
    }

    private static bool HeeftOnbekendeHoofdletter(string tekst, HashSet<string> ookToegestaan)
    {
        foreach (Match woord in Woord().Matches(tekst))
        {
            var w = woord.Value;
            if (!char.IsUpper(w[0]) || BeginVanZin(tekst, woord.Index))
            {
                continue;
            }

            if (w.Split('-').All(deel => GewoonDeel(deel, ookToegestaan)) || ookToegestaan.Contains(w))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// A part of a word that says nothing about a person: lower case, an abbreviation or a single capital (IB, OPP, E4),
    /// or a word on the list.
    /// </summary>
    private static bool GewoonDeel(string deel, HashSet<string> ookToegestaan)
    {
        var kern = deel.Split('\'', '’')[0];
        return kern.Length == 0 || !char.IsUpper(kern[0]) || kern.Where(char.IsLetter).All(char.IsUpper) || Gewoon.Contains(deel) || ookToegestaan.Contains(deel);
    }

    /// <summary>Whether the word at <paramref name="index"/> opens a sentence, a line or a list item.</summary>
    private static bool BeginVanZin(string tekst, int index)
    {
        var i = index - 1;
        while (i >= 0 && (tekst[i] is ' ' or '\t' or '"' or '\'' or '(' or '‘' or '“' or '-' or '•' or '*'))
        {
            i--;
        }

        return i < 0 || tekst[i] is '.' or '!' or '?' or ':' or ';' or '\n' or '\r';
    }

    private static bool Maskeer(StringBuilder tekst, Regex regel)
    {
        var gevonden = false;
        foreach (Match m in regel.Matches(tekst.ToString()))
        {
            Maskeer(tekst, m);
            gevonden = true;
        }

        return gevonden;
    }

    private static void Maskeer(StringBuilder tekst, Match match)
    {
        for (var i = match.Index; i < match.Index + match.Length; i++)
        {
            tekst[i] = ' ';
        }
    }

    /// <summary>Lower case without accents, every run of other characters one space: "Émma  de-Vries" → "emma de vries".</summary>
    private static string Normaliseer(string tekst)
    {
        var zonderAccenten = tekst.Normalize(NormalizationForm.FormD);
        var uit = new StringBuilder(zonderAccenten.Length);
        var spatie = true;
        foreach (var c in zonderAccenten)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                uit.Append(char.ToLowerInvariant(c));
                spatie = false;
            }
            else if (!spatie)
            {
                uit.Append(' ');
                spatie = true;
            }
        }

        return uit.ToString().Trim();
    }

    private static int Getal(string cijfers) => int.Parse(cijfers, NumberStyles.None, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> MaakMaandnamen()
    {
        var namen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Maanden.Length; i++)
        {
            namen[Maanden[i]] = i + 1;
            namen[Maanden[i][..3]] = i + 1;
        }

        namen["mrt"] = 3;
        namen["sept"] = 9;
        return namen;
    }

    [GeneratedRegex(@"(?<![\d\p{L}])(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<j>\d{4}|\d{2})(?![\d\p{L}])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex DatumDmj();

    [GeneratedRegex(@"(?<![\d\p{L}])(?<j>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?![\d\p{L}])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex DatumJmd();

    [GeneratedRegex(
        @"(?<![\d\p{L}])(?<d>\d{1,2})\s+(?<m>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?\s+(?<j>\d{4}|\d{2})(?![\d\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 200)]
    private static partial Regex DatumInWoorden();

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Emailadres();

    /// <summary>A Dutch number: 0 and nine digits (06-12345678, 030 123 4567) or +31/0031 and nine digits.</summary>
    [GeneratedRegex(@"(?<![\d+])(?:(?:\+31|0031)[\s\-]?(?:\(0\))?[\s\-]?|0)(?:\d[\s\-]?){8}\d(?!\d)", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Telefoonnummer();

    /// <summary>Eight or nine digits, possibly in groups separated by one dot or space (123.456.782, 1234 5678).</summary>
    [GeneratedRegex(@"(?<![\d])\d(?:[ .]?\d){7,8}(?![\d])", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Cijferreeks();

    [GeneratedRegex(@"(?<![\p{L}])\p{L}{2,}(?:straat|laan|weg|plein|gracht|singel|kade|dreef|hof|steeg|dijk|markt|allee|pad)\s+\d{1,4}(?:\s?[a-zA-Z])?(?![\d\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 200)]
    private static partial Regex Adres();

    [GeneratedRegex(@"(?<![\d\p{L}])\d{1,2}(?:[,.]\d)?\s*(?:jaar|jr\.?)(?![\p{L}])|(?<![\d\p{L}])\d{1,2}-jarig", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 200)]
    private static partial Regex Leeftijd();

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’\-]*", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Woord();
}
