namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>Who did something: the subject (user id or client id) and the name shown in the history.</summary>
public sealed record Actor(string Id, string Naam);
