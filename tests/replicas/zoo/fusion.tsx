throw new Error('renderer not written yet');
