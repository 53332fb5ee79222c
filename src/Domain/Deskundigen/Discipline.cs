using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Deskundigen;

/// <summary>
/// The profession of a deskundige who advises on a toelaatbaarheidsverklaring. The law (WPO art. 18a lid 9, WVO 2020
/// art. 2.48) asks for two advices: the first from an orthopedagoog or a psycholoog, the second, depending on the
/// pupil, from a psycholoog, pedagoog, orthopedagoog, kinder- en jeugdpsychiater, arts or maatschappelijk werker.
/// </summary>
public enum Discipline
{
    Orthopedagoog,
    Psycholoog,
    KinderEnJeugdpsycholoog,
    Pedagoog,
    KinderEnJeugdpsychiater,
    Arts,
    MaatschappelijkWerker,
}

public static class DisciplineCodes
{
    public static Codelijst<Discipline> Lijst { get; } = new(
        "discipline",
        new Dictionary<Discipline, (string Code, string Label)>
        {
            [Discipline.Orthopedagoog] = ("orthopedagoog", "Orthopedagoog"),
            [Discipline.Psycholoog] = ("psycholoog", "Psycholoog"),
            [Discipline.KinderEnJeugdpsycholoog] = ("kinder-en-jeugdpsycholoog", "Kinder- en jeugdpsycholoog"),
            [Discipline.Pedagoog] = ("pedagoog", "Pedagoog"),
            [Discipline.KinderEnJeugdpsychiater] = ("kinder-en-jeugdpsychiater", "Kinder- en jeugdpsychiater"),
            [Discipline.Arts] = ("arts", "Arts"),
            [Discipline.MaatschappelijkWerker] = ("maatschappelijk-werker", "Maatschappelijk werker"),
        });

    /// <summary>Whether the law lets this profession give the first of the two advices: an orthopedagoog or a psycholoog.</summary>
    public static bool MagEersteAdviesGeven(this Discipline discipline) =>
        discipline is Discipline.Orthopedagoog or Discipline.Psycholoog or Discipline.KinderEnJeugdpsycholoog;
}

/// <summary>The professional register a deskundige is listed in; the number is optional on an advice.</summary>
public enum Beroepsregister
{
    /// <summary>Nederlands Instituut van Psychologen.</summary>
    Nip,

    /// <summary>Nederlandse Vereniging van Pedagogen en Onderwijskundigen.</summary>
    Nvo,

    /// <summary>Stichting Kwaliteitsregister Jeugd.</summary>
    Skj,

    /// <summary>BIG-register of healthcare professions.</summary>
    Big,
}

public static class BeroepsregisterCodes
{
    public static Codelijst<Beroepsregister> Lijst { get; } = new(
        "beroepsregister",
        new Dictionary<Beroepsregister, (string Code, string Label)>
        {
            [Beroepsregister.Nip] = ("NIP", "NIP (Nederlands Instituut van Psychologen)"),
            [Beroepsregister.Nvo] = ("NVO", "NVO (Nederlandse Vereniging van Pedagogen en Onderwijskundigen)"),
            [Beroepsregister.Skj] = ("SKJ", "SKJ (Kwaliteitsregister Jeugd)"),
            [Beroepsregister.Big] = ("BIG", "BIG-register"),
        });
}
