export function App() {
  return (
    <main>
      <h1>Imprint Lab</h1>
    </main>
  );
}
