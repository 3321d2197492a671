/** Samples of each PII kind (must be removed) and each safe kind (must survive), for apps' own rule tests. */
export const fixtures = {
  pii: {
    email: ['jane.doe@example.com', 'John.Smith+news@mail.example.co.uk', 'jane.doe%40example.com'],
    phone: ['+44 20 7946 0958', '(555) 123-4567', '555-123-4567', '+1-202-555-0147'],
    card: ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005'],
    ssn: ['123-45-6789', '234 56 7890'],
    ip: ['203.0.113.42', '2001:db8::8a2e:370:7334'],
  },
  safe: {
    uuid: ['3f1c2d3e-0000-4c4c-8a8a-1234567890ab'],
    epoch: ['1700000000', '1700000000123'],
  },
} as const;
