namespace PassendOnderwijs.Domain.Dossiers;

/// <summary>
/// An ouder/verzorger as later steps need one (data minimisation): the name, the relation to the child, whether they
/// are a wettelijk vertegenwoordiger, and how to reach them. Never an address, a bank account or a secret number.
/// </summary>
public sealed record Verzorger(string Naam, string Relatie, bool WettelijkVertegenwoordiger, string? Telefoon, string? Email);
