import { Link } from 'react-router';

// Replaces React Router's default error screen, which is English and uses inline styles.
export function ErrorPage() {
  return (
    <main className="container">
      <h1>Er ging iets mis</h1>
      <p>Door een onverwachte fout kan deze pagina niet worden getoond. Probeer het later opnieuw.</p>
      <p>
        <Link to="/expertises">Naar de expertises</Link>
      </p>
    </main>
  );
}
