import { useState } from 'react';
import { logger } from './observability.js';

interface Order {
  email: string;
  card: string;
}

/** Fails while rendering, the way a bad payload from the API would, with the customer's data in the message. */
function PaymentSummary({ order }: { order: Order }) {
  if (order.card.startsWith('4111')) {
    throw new Error(`Checkout failed for ${order.email} with card ${order.card}`);
  }
  return <p>Paid with card ending {order.card.slice(-4)}</p>;
}

export function App() {
  const [order, setOrder] = useState<Order | null>(null);
  const [status, setStatus] = useState('idle');

  async function lookUpCustomer() {
    const email = 'jane.doe@example.com';
    const response = await fetch(`/api/customers?email=${encodeURIComponent(email)}&page=2`);
    logger.info({ email, status: response.status }, 'customer looked up');
    setStatus(`lookup ${response.status}`);
  }

  return (
    <main>
      <h1>Checkout</h1>
      <button type="button" id="lookup" onClick={lookUpCustomer}>
        Look up customer
      </button>
      <button
        type="button"
        id="pay"
        onClick={() => setOrder({ email: 'jane.doe@example.com', card: '4111 1111 1111 1111' })}
      >
        Pay
      </button>
      <output id="status">{status}</output>
      {order && <PaymentSummary order={order} />}
    </main>
  );
}
